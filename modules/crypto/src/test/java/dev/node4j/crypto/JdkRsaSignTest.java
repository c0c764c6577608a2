package dev.node4j.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.SecureRandom;

import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.crypto.signers.RSADigestSigner;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JDK's PKCS#1 v1.5 signatures are byte for byte Bouncy Castle's (the scheme is deterministic). */
class JdkRsaSignTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] DATA = "a message to sign".getBytes();

    private static AsymKey rsa(int bits) throws Exception {
        var g = new RSAKeyPairGenerator();
        g.init(new RSAKeyGenerationParameters(BigInteger.valueOf(65537), RANDOM, bits, 80));
        return AsymKey.ofPrivate(PrivateKeyInfoFactory.createPrivateKeyInfo(g.generateKeyPair().getPrivate()));
    }

    private static final AsymKey KEY;

    static {
        try {
            KEY = rsa(2048);
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"md5", "sha1", "SHA224", "sha256", "sha384", "sha512", "sha512-224", "sha512-256",
        "sha3-224", "sha3-256", "sha3-384", "sha3-512"})
    void sameBytesAsBouncyCastle(String digest) throws Exception {
        var bc = new RSADigestSigner(Digests.bc(digest.toLowerCase()));
        bc.init(true, KEY.privParam);
        bc.update(DATA, 0, DATA.length);
        byte[] expected = bc.generateSignature();
        assertThat(JdkRsaSign.sign(KEY, digest, DATA, RANDOM)).isEqualTo(expected);
        // Again on the cached JDK key.
        assertThat(JdkRsaSign.sign(KEY, digest, DATA, RANDOM)).isEqualTo(expected);
    }

    @Test
    void leavesWhatTheJdkCannotDoToBouncyCastle() throws Exception {
        assertThat(JdkRsaSign.sign(KEY, "ripemd160", DATA, RANDOM)).isNull();
        // sha512's DigestInfo does not fit a 512-bit modulus: Bouncy Castle reports Node's error.
        assertThat(JdkRsaSign.sign(rsa(512), "sha512", DATA, RANDOM)).isNull();
    }
}
