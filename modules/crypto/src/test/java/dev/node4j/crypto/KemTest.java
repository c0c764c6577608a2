package dev.node4j.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kem against RFC 9180's DHKEM vector, against encapsulations made by real Node 25 (OpenSSL 3.5,
 * kem-node25.txt), and round trips for every key type crypto.encapsulate takes.
 */
class KemTest {
    private static final HexFormat H = HexFormat.of();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void rfc9180DhkemX25519Vector() throws Exception {
        // RFC 9180 A.1 (DHKEM(X25519, HKDF-SHA256)): skRm, enc and shared_secret.
        AsymKey recipient = KeyCodec.parseDer(H.parseHex("302e020100300506032b656e04220420"
                + "4612c550263fc8ad58375df3f557aac531d26850903e55a9f23f21d8534e8ac8"), "pkcs8", true);
        byte[] shared = Kem.decapsulate(recipient,
                H.parseHex("37fda3567bdbd628e88668c3c8d7e97d1d1253b6d4ea6d44c150f741f1bf4431"), RANDOM);
        assertThat(H.formatHex(shared)).isEqualTo("fe0e18c9f024ce43799ae393c7e8fe8fce9d218875e8227b0187c04e7d2ea1fc");
        assertThat(H.formatHex(recipient.pub.getPublicKeyData().getBytes()))
                .isEqualTo("3948cfe0ad1ddb695d780e59077195da6c56506b027329794ab02bca80815c4d");
    }

    /** Lines of kem-node25.txt: type, PKCS#8 private key, ciphertext, shared key (base64). */
    static List<String[]> nodeVectors() throws IOException {
        try (InputStream in = KemTest.class.getResourceAsStream("kem-node25.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split(" ")).toList();
        }
    }

    static List<Arguments> nodeVectorArguments() throws IOException {
        return nodeVectors().stream().map(v -> Arguments.of((Object[]) v)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nodeVectorArguments")
    void decapsulatesWhatNodeEncapsulated(String type, String pkcs8, String ciphertext, String shared) throws Exception {
        Base64.Decoder b64 = Base64.getDecoder();
        AsymKey key = KeyCodec.parseDer(b64.decode(pkcs8), "pkcs8", true);
        byte[] ct = b64.decode(ciphertext);
        assertThat(Kem.decapsulate(key, ct, RANDOM)).as(type).isEqualTo(b64.decode(shared));
        // A ciphertext one byte short fails, as in Node.
        assertThatThrownBy(() -> Kem.decapsulate(key, Arrays.copyOf(ct, ct.length - 1), RANDOM))
                .isInstanceOf(Kem.KemException.class);
    }

    static AsymKey generate(String type) throws Exception {
        AsymBinding asym = new AsymBinding(null);
        return switch (type) {
            case "rsa" -> asym.generate("rsa", 2048, 65537, null);
            case "P-256", "P-384", "P-521" -> asym.generate("ec", 0, 0, type);
            case "ml-kem-512", "ml-kem-768", "ml-kem-1024" -> Kem.generateMlKem(type, RANDOM);
            default -> asym.generate(type, 0, 0, null);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"x25519", "x448", "P-256", "P-384", "P-521", "rsa", "ml-kem-512", "ml-kem-768", "ml-kem-1024"})
    void roundTripsWithNodesSizes(String type) throws Exception {
        AsymKey key = generate(type);
        Kem.Encapsulated e = Kem.encapsulate(key.publicKey(), RANDOM);
        int[] sizes = switch (type) {
            case "x25519", "P-256" -> new int[] {32, type.equals("x25519") ? 32 : 65};
            case "x448" -> new int[] {64, 56};
            case "P-384" -> new int[] {48, 97};
            case "P-521" -> new int[] {64, 133};
            case "rsa" -> new int[] {256, 256};
            case "ml-kem-512" -> new int[] {32, 768};
            case "ml-kem-768" -> new int[] {32, 1088};
            default -> new int[] {32, 1568};
        };
        assertThat(new int[] {e.sharedKey().length, e.ciphertext().length}).isEqualTo(sizes);
        assertThat(Kem.decapsulate(key, e.ciphertext(), RANDOM)).isEqualTo(e.sharedKey());
        // A private key encapsulates to its public half; each encapsulation is fresh.
        Kem.Encapsulated again = Kem.encapsulate(key, RANDOM);
        assertThat(again.sharedKey()).isNotEqualTo(e.sharedKey());
        assertThat(Kem.decapsulate(key, again.ciphertext(), RANDOM)).isEqualTo(again.sharedKey());
        // Decapsulation needs the private key.
        assertThatThrownBy(() -> Kem.decapsulate(key.publicKey(), e.ciphertext(), RANDOM))
                .isInstanceOf(Kem.KemException.class);
    }

    @Test
    void rsasveIsRawRsaOfARandomIntegerBelowTheModulus() throws Exception {
        AsymKey key = generate("rsa");
        RSAKeyParameters pub = (RSAKeyParameters) key.pubParam;
        BigInteger n = pub.getModulus();
        Kem.Encapsulated e = Kem.encapsulate(key, RANDOM);
        BigInteger z = new BigInteger(1, e.sharedKey());
        assertThat(z).isGreaterThan(BigInteger.ONE).isLessThan(n.subtract(BigInteger.ONE));
        assertThat(new BigInteger(1, e.ciphertext())).isEqualTo(z.modPow(pub.getExponent(), n));
        // Zero decapsulates to zero (raw RSA, as OpenSSL); n itself and anything above is out of range.
        assertThat(Kem.decapsulate(key, new byte[256], RANDOM)).isEqualTo(new byte[256]);
        byte[] nBytes = org.bouncycastle.util.BigIntegers.asUnsignedByteArray(256, n);
        assertThatThrownBy(() -> Kem.decapsulate(key, nBytes, RANDOM)).isInstanceOf(Kem.KemException.class);
    }

    @Test
    void dhkemRejectsTheZeroPointAndOtherKeyTypesHaveNoKem() throws Exception {
        AsymKey x = generate("x25519");
        assertThatThrownBy(() -> Kem.decapsulate(x, new byte[32], RANDOM)).isInstanceOf(Kem.KemException.class);
        AsymKey ed = generate("ed25519");
        assertThatThrownBy(() -> Kem.encapsulate(ed, RANDOM)).isInstanceOf(Kem.KemException.class);
        AsymKey k1 = new AsymBinding(null).generate("ec", 0, 0, "secp256k1");
        assertThatThrownBy(() -> Kem.encapsulate(k1, RANDOM)).isInstanceOf(Kem.KemException.class);
    }

    @Test
    void mlKemKeysExportAsOpenSslDoes() throws Exception {
        // A seed-only key comes out with seed and expanded key (OpenSSL's default), the same key.
        byte[] seedOnly = Base64.getDecoder().decode(nodeVectors().stream()
                .filter(v -> v[0].equals("ml-kem-512")).findFirst().orElseThrow()[1]);
        AsymKey k = KeyCodec.parseDer(seedOnly, "pkcs8", true);
        assertThat(k.type).isEqualTo("ml-kem-512");
        byte[] both = KeyCodec.exportDer(k, "pkcs8", true);
        assertThat(both).hasSize(1730);
        AsymKey again = KeyCodec.parseDer(both, "pkcs8", true);
        assertThat(again.sameAs(k)).isTrue();
        assertThat(KeyCodec.exportDer(k, "spki", false)).hasSize(822);
        assertThat(KeyCodec.parseDer(KeyCodec.exportDer(k, "spki", false), "spki", false).type).isEqualTo("ml-kem-512");
    }
}
