package dev.node4j.string_decoder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.node4j.buffer.Encodings;

/** The Java decoder alone: chunk splits, the state Node exposes, flush (values from Node 25). */
class NativeDecoderTest {
    static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) b[i] = (byte) v[i];
        return b;
    }

    static String write(NativeDecoder d, int... v) {
        byte[] b = bytes(v);
        return d.decode(b, 0, b.length);
    }

    /** Every way of cutting input into two or three chunks decodes as the whole does. */
    static void splitsDecodeAsWhole(int enc, byte[] input) {
        String whole = Encodings.decode(input, 0, input.length, enc);
        for (int i = 0; i <= input.length; i++) {
            for (int j = i; j <= input.length; j++) {
                NativeDecoder d = new NativeDecoder(enc);
                String out = d.decode(input, 0, i) + d.decode(input, i, j - i) + d.decode(input, j, input.length - j) + d.flush();
                assertThat(out).as("enc %d cut at %d and %d", enc, i, j).isEqualTo(whole);
            }
        }
    }

    @Test
    void validInputSurvivesEverySplit() {
        byte[] text = "a\u00e9\u20ac\uD83D\uDC4Dz".getBytes(StandardCharsets.UTF_8);
        splitsDecodeAsWhole(Encodings.UTF8, text);
        splitsDecodeAsWhole(Encodings.UCS2, "a\u00e9\uD83D\uDC4Dz".getBytes(StandardCharsets.UTF_16LE));
        for (int enc : new int[] {Encodings.LATIN1, Encodings.ASCII, Encodings.HEX, Encodings.BASE64, Encodings.BASE64URL}) {
            splitsDecodeAsWhole(enc, text);
        }
    }

    @Test
    void utf8PendingStateAndBrokenCharacters() {
        NativeDecoder d = new NativeDecoder(Encodings.UTF8);
        assertThat(write(d, 0xE1)).isEmpty();
        assertThat(d.lastNeed()).isEqualTo(2);
        assertThat(d.lastTotal()).isEqualTo(3);
        assertThat(d.lastChar()).isEqualTo("\u00e1\0\0\0");
        assertThat(d.flush()).isEqualTo("\uFFFD");
        assertThat(d.lastTotal()).isZero();

        // A lead byte where a continuation was expected: the pending bytes become U+FFFD.
        assertThat(write(d, 0xF1)).isEmpty();
        assertThat(write(d, 0x41, 0xF2)).isEqualTo("\uFFFDA");
        assertThat(d.flush()).isEqualTo("\uFFFD");
        assertThat(write(d, 0xF6, 0x9B)).isEmpty();
        assertThat(write(d, 0xD1)).isEqualTo("\uFFFD\uFFFD");
        assertThat(d.flush()).isEqualTo("\uFFFD");

        // lastChar keeps stale bytes past the pending ones, as Node's does.
        assertThat(write(d, 0xE2, 0x82)).isEmpty();
        assertThat(write(d, 0xF0)).isEqualTo("\uFFFD");
        assertThat(d.lastChar()).isEqualTo("\u00f0\u0082\0\0");
        assertThat(d.lastNeed()).isEqualTo(3);
        assertThat(d.lastTotal()).isEqualTo(4);
    }

    @Test
    void utf16KeepsOddBytesAndHighSurrogates() {
        NativeDecoder d = new NativeDecoder(Encodings.UCS2);
        assertThat(write(d, 0x3D, 0xD8)).isEmpty();
        assertThat(d.lastNeed()).isEqualTo(2);
        assertThat(write(d, 0x4D)).isEmpty();
        assertThat(write(d, 0xDC)).isEqualTo("\uD83D\uDC4D");
        assertThat(write(d, 0x3D, 0xD8, 0x4D)).isEqualTo("\uD83D");
        assertThat(d.lastNeed()).isEqualTo(1);
        assertThat(d.lastTotal()).isEqualTo(2);
        assertThat(d.flush()).isEmpty();
        assertThat(write(d, 0x3D, 0xD8)).isEmpty();
        assertThat(d.flush()).isEqualTo("\uD83D");
        // A unit completed from a held odd byte goes out at once, even a high surrogate (as Node does).
        assertThat(write(d, 0xDF)).isEmpty();
        assertThat(write(d, 0xD8)).isEqualTo("\uD8DF");
        assertThat(d.lastTotal()).isZero();
    }

    @Test
    void base64CarriesRemaindersAndPadsOnFlush() {
        NativeDecoder d = new NativeDecoder(Encodings.BASE64);
        assertThat(write(d, 'a', 'b')).isEmpty();
        assertThat(d.lastNeed()).isEqualTo(1);
        assertThat(d.lastTotal()).isEqualTo(3);
        assertThat(write(d, 'c')).isEqualTo("YWJj");
        assertThat(write(d, 'd', 'e')).isEmpty();
        assertThat(d.flush()).isEqualTo("ZGU=");
        NativeDecoder url = new NativeDecoder(Encodings.BASE64URL);
        assertThat(write(url, 'a')).isEmpty();
        assertThat(url.flush()).isEqualTo("YQ");
    }

    @Test
    void resetDropsPendingBytes() {
        NativeDecoder d = new NativeDecoder(Encodings.UTF8);
        assertThat(write(d, 0xE2)).isEmpty();
        d.reset();
        assertThat(d.lastNeed()).isZero();
        assertThat(write(d, 0x41)).isEqualTo("A");
        assertThat(d.flush()).isEmpty();
    }

    @Test
    void tooLongOutputIsMeasuredBeforeReading() {
        long limit = NativeDecoder.MAX_STRING_LENGTH;
        assertThat(new NativeDecoder(Encodings.UTF8).decodedLength(limit + 1)).isGreaterThan(limit);
        assertThat(new NativeDecoder(Encodings.UTF8).decodedLength(limit)).isEqualTo(limit);
        assertThat(new NativeDecoder(Encodings.HEX).decodedLength(limit / 2 + 1)).isGreaterThan(limit);
        assertThat(new NativeDecoder(Encodings.UCS2).decodedLength(2 * limit)).isEqualTo(limit);
        assertThat(new NativeDecoder(Encodings.BASE64).decodedLength(4)).isEqualTo(8);
    }
}
