package dev.node4j.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.Map;

import org.bouncycastle.crypto.agreement.X25519Agreement;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.junit.jupiter.api.Test;

/** RFC 8032 / RFC 7748 vectors through KeyCodec's JWK/DER import, plus PEM and PKCS#8 round trips. */
class KeyCodecTest {
    private static final HexFormat H = HexFormat.of();

    private static String b64u(String hex) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(H.parseHex(hex));
    }

    @Test
    void ed25519Rfc8032Test1() throws Exception {
        AsymKey k = KeyCodec.importJwk(Map.of("kty", "OKP", "crv", "Ed25519",
                "d", b64u("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"),
                "x", b64u("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")), true);
        assertThat(k.type).isEqualTo("ed25519");
        Ed25519Signer s = new Ed25519Signer();
        s.init(true, k.privParam);
        assertThat(H.formatHex(s.generateSignature())).isEqualTo(
                "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                        + "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        assertThat(H.formatHex(k.pub.getPublicKeyData().getBytes()))
                .isEqualTo("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    }

    @Test
    void x25519Rfc7748() throws Exception {
        byte[] prefix = H.parseHex("302e020100300506032b656e04220420");
        AsymKey alice = KeyCodec.parseDer(concat(prefix,
                H.parseHex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")), "pkcs8", true);
        AsymKey bob = KeyCodec.parseDer(concat(prefix,
                H.parseHex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb")), "pkcs8", false);
        X25519Agreement a = new X25519Agreement();
        a.init(alice.privParam);
        byte[] out = new byte[32];
        a.calculateAgreement(bob.pubParam, out, 0);
        assertThat(H.formatHex(out)).isEqualTo("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742");
    }

    @Test
    void pemAndEncryptedPkcs8RoundTrip() throws Exception {
        AsymKey gen = KeyCodec.importJwk(Map.of("kty", "OKP", "crv", "Ed25519",
                "d", b64u("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")), true);
        String pem = KeyCodec.pem("PRIVATE KEY", KeyCodec.exportDer(gen, "pkcs8", true));
        assertThat(KeyCodec.parsePem(pem, null, true).sameAs(gen)).isTrue();
        byte[] enc = KeyCodec.encryptPkcs8(KeyCodec.exportDer(gen, "pkcs8", true), "aes-256-cbc", "pw".getBytes());
        String encPem = KeyCodec.pem("ENCRYPTED PRIVATE KEY", enc);
        assertThat(KeyCodec.parsePem(encPem, "pw".getBytes(), true).sameAs(gen)).isTrue();
        assertThat(KeyCodec.parsePem(pem, null, false).isPrivate()).isFalse();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
