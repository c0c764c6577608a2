package dev.node4j.buffer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Encodings against outputs recorded from Node 25 (including its handling of invalid input). */
class EncodingsTest {
    static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) b[i] = (byte) v[i];
        return b;
    }

    static String hex(byte[] b) {
        return Encodings.hexEncode(b, 0, b.length);
    }

    @Test
    void codesForNodeNames() {
        assertThat(Encodings.code("utf8")).isEqualTo(Encodings.UTF8);
        assertThat(Encodings.code("UTF-8")).isEqualTo(Encodings.UTF8);
        assertThat(Encodings.code("Ucs-2")).isEqualTo(Encodings.UCS2);
        assertThat(Encodings.code("binary")).isEqualTo(Encodings.LATIN1);
        assertThat(Encodings.code("base64url")).isEqualTo(Encodings.BASE64URL);
        assertThat(Encodings.code("utf16")).isZero();
    }

    @Test
    void utf8DecodeReplacesMaximalSubparts() {
        // Node: Buffer.from([0xf0,0x80,0x80,0x41,0xed,0xa0,0x80,0xc0,0xe1,0x80]).toString()
        byte[] b = bytes(0xf0, 0x80, 0x80, 0x41, 0xed, 0xa0, 0x80, 0xc0, 0xe1, 0x80);
        assertThat(Encodings.utf8Decode(b, 0, b.length)).isEqualTo("\uFFFD\uFFFD\uFFFDA\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD");
        byte[] ok = "h\u00e9\u20ac\uD834\uDD1E".getBytes(StandardCharsets.UTF_8);
        assertThat(Encodings.utf8Decode(ok, 0, ok.length)).isEqualTo("h\u00e9\u20ac\uD834\uDD1E");
        assertThat(Encodings.utf8Decode(bytes(0xf0, 0x9f, 0x98), 0, 3)).isEqualTo("\uFFFD");
        assertThat(Encodings.utf8Decode(bytes(0xf4, 0x90, 0x80, 0x80), 0, 4)).isEqualTo("\uFFFD\uFFFD\uFFFD\uFFFD");
    }

    @Test
    void utf8DecodeTakesTheJdkResultOnlyWhenItIsOurs() {
        // Random short sequences weighted to UTF-8's boundary bytes: whatever the JDK's decoder
        // makes of them, utf8Decode must equal the WHATWG decoder (utf8DecodeOwn).
        int[] edges = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBD, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
            0xE1, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xF8, 0xFE, 0xFF};
        java.util.Random r = new java.util.Random(7);
        for (int t = 0; t < 200_000; t++) {
            byte[] b = new byte[1 + r.nextInt(8)];
            for (int i = 0; i < b.length; i++) b[i] = (byte) (r.nextInt(4) == 0 ? r.nextInt(256) : edges[r.nextInt(edges.length)]);
            assertThat(Encodings.utf8Decode(b, 0, b.length)).isEqualTo(Encodings.utf8DecodeOwn(b, 0, b.length));
        }
    }

    @Test
    void utf8EncodeWritesLoneSurrogatesAsReplacement() {
        assertThat(hex(Encodings.utf8Encode("\uD800x\uDC00"))).isEqualTo("efbfbd78efbfbd");
        assertThat(hex(Encodings.utf8Encode("\u20ac\uD834\uDD1E"))).isEqualTo("e282acf09d849e");
        assertThat(Encodings.utf8Length("\uD800x\uDC00")).isEqualTo(7);
        assertThat(Encodings.utf8Fit("a\u20acb", 3)).containsExactly(1, 1);
        assertThat(Encodings.utf8Fit("a\u20acb", 4)).containsExactly(4, 2);
    }

    @Test
    void hexStopsAtFirstInvalidPairAndDropsOddDigit() {
        assertThat(hex(Encodings.hexDecode("abzz12"))).isEqualTo("ab");
        assertThat(hex(Encodings.hexDecode("a"))).isEmpty();
        assertThat(hex(Encodings.hexDecode("1g"))).isEmpty();
        assertThat(hex(Encodings.hexDecode("DEADbeef1"))).isEqualTo("deadbeef");
    }

    @Test
    void base64IsLenient() {
        assertThat(hex(Encodings.base64Decode("Zm9v*YmFy"))).isEqualTo("666f6f626172");
        assertThat(hex(Encodings.base64Decode("Zm 9v\n"))).isEqualTo("666f6f");
        assertThat(hex(Encodings.base64Decode("Zm8=Zm8="))).isEqualTo("666f");
        assertThat(hex(Encodings.base64Decode("Zm-_"))).isEqualTo("666fbf");
        assertThat(hex(Encodings.base64Decode("Zm9vY"))).isEqualTo("666f6f");
        assertThat(hex(Encodings.base64Decode("AB=C"))).isEqualTo("00");
        assertThat(hex(Encodings.base64Decode("===="))).isEmpty();
        assertThat(Encodings.byteLength("Zm 9v\n", Encodings.BASE64)).isEqualTo(4);
        assertThat(Encodings.byteLength("Zm9v==Zm", Encodings.BASE64)).isEqualTo(6);
    }

    @Test
    void base64Encode() {
        byte[] b = "hello, world!!".getBytes(StandardCharsets.US_ASCII);
        assertThat(Encodings.decode(b, 0, b.length, Encodings.BASE64)).isEqualTo("aGVsbG8sIHdvcmxkISE=");
        assertThat(Encodings.decode(bytes(0xff, 0xfe), 0, 2, Encodings.BASE64URL)).isEqualTo("__4");
        assertThat(Encodings.decode(bytes(0xff), 0, 1, Encodings.BASE64)).isEqualTo("/w==");
    }

    @Test
    void singleByteAndUtf16() {
        assertThat(hex(Encodings.encode("\u00e9\u20ac", Encodings.ASCII))).isEqualTo("e9ac");
        assertThat(Encodings.decode(bytes(0xe9, 0x80), 0, 2, Encodings.ASCII)).isEqualTo("i\u0000");
        assertThat(Encodings.decode(bytes(0xe9), 0, 1, Encodings.LATIN1)).isEqualTo("\u00e9");
        assertThat(hex(Encodings.ucs2Encode("abc"))).isEqualTo("610062006300");
        assertThat(Encodings.ucs2Decode(bytes(0x61, 0, 0x62), 0, 3)).isEqualTo("a");
    }

    @Test
    void searchAndCompare() {
        byte[] hay = "abcabcabc".getBytes(StandardCharsets.US_ASCII);
        byte[] cab = "cab".getBytes(StandardCharsets.US_ASCII);
        assertThat(Encodings.indexOf(hay, hay.length, cab, 3, 0, false)).isEqualTo(2);
        assertThat(Encodings.indexOf(hay, hay.length, cab, 3, 3, false)).isEqualTo(5);
        assertThat(Encodings.indexOf(hay, hay.length, cab, 3, 8, true)).isEqualTo(5);
        assertThat(Encodings.indexOf(hay, hay.length, cab, 3, 6, false)).isEqualTo(-1);
        assertThat(Encodings.compare(bytes(1, 2), 0, 2, bytes(1, 3), 0, 2)).isEqualTo(-1);
        assertThat(Encodings.compare(bytes(0xff), 0, 1, bytes(1), 0, 1)).isEqualTo(1);
        assertThat(Encodings.compare(bytes(1), 0, 1, bytes(1, 0), 0, 2)).isEqualTo(-1);
    }

    @Test
    void utf8Validity() {
        assertThat(Encodings.isUtf8(bytes(0xc3, 0xa9), 0, 2)).isTrue();
        assertThat(Encodings.isUtf8(bytes(0xc3), 0, 1)).isFalse();
        assertThat(Encodings.isUtf8(bytes(0xed, 0xa0, 0x80), 0, 3)).isFalse();
        assertThat(Encodings.isUtf8(bytes(0xc0, 0x80), 0, 2)).isFalse();
        assertThat(Encodings.utf8IncompleteTail(bytes(0x61, 0xf0, 0x9f), 0, 3)).isEqualTo(2);
        assertThat(Encodings.utf8IncompleteTail(bytes(0x61, 0xe0, 0x80), 0, 3)).isZero();
    }

    @Test
    void textDecoderVariants() {
        assertThat(Encodings.windows1252Decode(bytes(0x41, 0x80, 0x99, 0xff), 0, 4)).isEqualTo("A\u20ac\u2122\u00ff");
        assertThat(Encodings.utf16leDecodeWhatwg(bytes(0x61, 0, 0x3d, 0xd8), 0, 4, false)).isEqualTo("a\uFFFD");
        assertThat(Encodings.utf16leDecodeWhatwg(bytes(0x3d, 0xd8, 0x00, 0xde), 0, 4, true)).isEqualTo("\uD83D\uDE00");
        assertThat(Encodings.utf16leDecodeWhatwg(bytes(0x61), 0, 1, true)).isNull();
        assertThat(Encodings.utf8DecodeWhatwg(bytes(0xff), 0, 1, true)).isNull();
    }
}
