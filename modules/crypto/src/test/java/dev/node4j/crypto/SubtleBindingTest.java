package dev.node4j.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** Published vectors for the Web Crypto-only primitives: RFC 3394, RFC 7253, NIST SP 800-185. */
class SubtleBindingTest {
    private static final HexFormat H = HexFormat.of();

    @Test
    void aesKeyWrapRfc3394() {
        byte[] kek = H.parseHex("000102030405060708090a0b0c0d0e0f");
        byte[] data = H.parseHex("00112233445566778899aabbccddeeff");
        byte[] wrapped = SubtleBinding.keyWrap(true, kek, data);
        assertThat(H.formatHex(wrapped)).isEqualTo("1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5");
        assertThat(SubtleBinding.keyWrap(false, kek, wrapped)).isEqualTo(data);
        wrapped[5] ^= 1;
        assertThat(SubtleBinding.keyWrap(false, kek, wrapped)).isNull();
        assertThat(SubtleBinding.keyWrap(true, kek, new byte[20])).isNull();   // not whole 64-bit blocks
    }

    @Test
    void aesOcbRfc7253() {
        byte[] key = H.parseHex("000102030405060708090a0b0c0d0e0f");
        byte[] eight = H.parseHex("0001020304050607");
        byte[] ct = SubtleBinding.ocb(true, key, H.parseHex("bbaa99887766554433221101"), eight, 128, eight);
        assertThat(H.formatHex(ct)).isEqualTo("6820b3657b6f615a5725bda0d3b4eb3a257c9af1f8f03009");
        assertThat(SubtleBinding.ocb(false, key, H.parseHex("bbaa99887766554433221101"), eight, 128, ct))
                .isEqualTo(eight);
        ct[0] ^= 1;
        assertThat(SubtleBinding.ocb(false, key, H.parseHex("bbaa99887766554433221101"), eight, 128, ct)).isNull();
    }

    @Test
    void kmacNistSamples() {
        byte[] key = new byte[32];
        for (int i = 0; i < 32; i++) key[i] = (byte) (0x40 + i);
        byte[] data = H.parseHex("00010203");
        assertThat(H.formatHex(SubtleBinding.kmac(128, key, new byte[0], data, 32)))
                .isEqualTo("e5780b0d3ea6f7d3a429c5706aa43a00fadbd7d49628839e3187243f456ee14e");
        byte[] tag = "My Tagged Application".getBytes(StandardCharsets.US_ASCII);
        assertThat(H.formatHex(SubtleBinding.kmac(128, key, tag, data, 32)))
                .isEqualTo("3b1fba963cd8b0b59e8c1a6d71888b7143651af8ba0a7070c0979e2811324aa5");
    }
}
