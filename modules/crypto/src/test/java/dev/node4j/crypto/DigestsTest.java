package dev.node4j.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** Known-answer vectors (FIPS 180, FIPS 202, RFC 7693, RIPEMD-160 paper) for the digest table. */
class DigestsTest {
    private static String hex(String alg, int outLen, String input) {
        Digests.State s = Digests.start(Digests.canonical(alg), outLen);
        byte[] b = input.getBytes(StandardCharsets.UTF_8);
        s.update(b, 0, b.length);
        return HexFormat.of().formatHex(s.digest());
    }

    @Test
    void knownAnswers() {
        assertThat(hex("md5", -1, "abc")).isEqualTo("900150983cd24fb0d6963f7d28e17f72");
        assertThat(hex("SHA1", -1, "abc")).isEqualTo("a9993e364706816aba3e25717850c26c9cd0d89d");
        assertThat(hex("sha256", -1, "abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(hex("sha512-256", -1, "abc"))
                .isEqualTo("53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23");
        assertThat(hex("sha3-256", -1, ""))
                .isEqualTo("a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a");
        assertThat(hex("shake128", -1, "")).isEqualTo("7f9c2ba4e88f827d616045507605853e");
        assertThat(hex("ripemd160", -1, "abc")).isEqualTo("8eb208f7e05d987a9b044a8e98c6b087f15a0bfc");
        assertThat(hex("blake2b512", -1, "abc")).startsWith("ba80a53f981c4d0d6a2797b69f12f6e9");
        assertThat(hex("blake2s256", -1, "abc"))
                .isEqualTo("508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982");
    }

    @Test
    void shakeLengthAndFixedLengthRules() {
        assertThat(hex("shake256", 64, "")).hasSize(128).startsWith("46b9dd2b0ba88d13233b3feb743eeb24");
        assertThat(Digests.start("sha256", 5)).isNull();
        assertThat(Digests.start("sha256", 32)).isNotNull();
        assertThat(Digests.canonical("no-such")).isNull();
    }

    @Test
    void copyForksState() {
        Digests.State a = Digests.start("sha256", -1);
        a.update(new byte[] {'a', 'b'}, 0, 2);
        Digests.State b = a.copy(-1);
        a.update(new byte[] {'c'}, 0, 1);
        b.update(new byte[] {'c'}, 0, 1);
        assertThat(a.digest()).isEqualTo(b.digest());
    }

    @Test
    void kdfVectors() {
        // RFC 6070 PBKDF2-HMAC-SHA1 and RFC 5869 HKDF test case 1, RFC 7914 scrypt.
        assertThat(HexFormat.of().formatHex(CryptoBinding.pbkdf2("password".getBytes(), "salt".getBytes(), 2, 20,
                "sha1"))).isEqualTo("ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957");
        byte[] ikm = new byte[22];
        java.util.Arrays.fill(ikm, (byte) 0x0b);
        assertThat(HexFormat.of().formatHex(CryptoBinding.hkdf("sha256", ikm,
                HexFormat.of().parseHex("000102030405060708090a0b0c"), HexFormat.of().parseHex("f0f1f2f3f4f5f6f7f8f9"),
                42))).isEqualTo("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
    }
}
