package dev.node4j.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** NIST SP 800-38A / GCM spec vectors through Ciphers.State, as Node's Cipheriv drives it. */
class CiphersTest {
    private static final HexFormat H = HexFormat.of();

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    @Test
    void aesCbcNoPaddingVector() throws Exception {
        Ciphers.State s = new Ciphers.State(Ciphers.info("aes-256-cbc"), true,
                H.parseHex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4"),
                H.parseHex("000102030405060708090a0b0c0d0e0f"), 16);
        s.setPadding(false);
        byte[] ct = concat(s.update(H.parseHex("6bc1bee22e409f96e93d7e117393172a")), s.doFinal());
        assertThat(H.formatHex(ct)).isEqualTo("f58c4c04d6e5f1ba779eabfb5f7bfbd6");
    }

    @Test
    void gcmTagIsSeparatedAndChecked() throws Exception {
        byte[] key = new byte[32];
        byte[] iv = new byte[12];
        Ciphers.State e = new Ciphers.State(Ciphers.info("aes-256-gcm"), true, key, iv, 16);
        byte[] ct = concat(e.update(new byte[16]), e.doFinal());
        assertThat(H.formatHex(ct)).isEqualTo("cea7403d4d606b6e074ec5d3baf39d18");
        assertThat(H.formatHex(e.tag)).isEqualTo("d0d1c8a799996bf0265b98b5d48ab919");

        Ciphers.State d = new Ciphers.State(Ciphers.info("aes-256-gcm"), false, key, iv, 16);
        d.tag = new byte[16];
        d.update(ct);
        assertThatThrownBy(d::doFinal).matches(Ciphers::isAuthFailure);
    }

    @Test
    void table() {
        assertThat(Ciphers.info("AES-128-CBC").keyLength()).isEqualTo(16);
        assertThat(Ciphers.info("nope")).isNull();
        assertThat(Ciphers.names()).contains("aes-256-gcm", "chacha20-poly1305", "aes-128-ctr");
    }
}
