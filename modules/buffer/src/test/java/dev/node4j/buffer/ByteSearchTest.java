package dev.node4j.buffer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The word-at-a-time search and UTF-8 paths against plain byte-by-byte answers. */
class ByteSearchTest {
    /** The obvious search: first/last start at or from `from` where all of needle matches. */
    static int naive(byte[] hay, int hayLen, byte[] needle, int n, int from, boolean last) {
        if (!last) {
            for (int i = Math.max(from, 0); i + n <= hayLen; i++) if (matches(hay, i, needle, n)) return i;
        } else {
            for (int i = Math.min(from, hayLen - n); i >= 0; i--) if (matches(hay, i, needle, n)) return i;
        }
        return -1;
    }

    static boolean matches(byte[] hay, int i, byte[] needle, int n) {
        for (int k = 0; k < n; k++) if (hay[i + k] != needle[k]) return false;
        return true;
    }

    @Test
    void indexOfByteFindsTheFirstAtEveryAlignment() {
        // 0x80 and 0x81 around the sought byte tempt the zero-byte test into false positives.
        for (int len = 0; len < 40; len++) {
            for (int at = 0; at < len; at++) {
                byte[] b = new byte[len + 8];   // longer than the range searched, as a reused array is
                for (int i = 0; i < b.length; i++) b[i] = (byte) (0x80 + (i & 1));
                b[at] = (byte) 0x7f;
                if (at + 3 < len) b[at + 3] = (byte) 0x7f;
                b[len] = (byte) 0x7f;   // past the end: never found
                assertThat(ByteSearch.indexOfByte(b, (byte) 0x7f, 0, len)).isEqualTo(at);
                assertThat(ByteSearch.indexOfByte(b, (byte) 0x7f, at + 1, len)).isEqualTo(at + 3 < len ? at + 3 : -1);
            }
        }
    }

    @Test
    void indexOfMatchesNaiveSearchOnRandomAndRepetitiveData() {
        Random r = new Random(7);
        for (int round = 0; round < 3000; round++) {
            int alphabet = round % 3 == 0 ? 2 : 256;   // small alphabets: many partial matches
            int hayLen = r.nextInt(200);
            byte[] hay = new byte[hayLen + r.nextInt(16)];
            for (int i = 0; i < hay.length; i++) hay[i] = (byte) (r.nextInt(alphabet) + (alphabet == 2 ? 0xfe : 0));
            int n = 1 + r.nextInt(round % 2 == 0 ? 4 : 24);
            byte[] needle = new byte[n + 3];
            if (hayLen >= n && r.nextBoolean()) {
                System.arraycopy(hay, r.nextInt(hayLen - n + 1), needle, 0, n);
            } else {
                for (int i = 0; i < n; i++) needle[i] = (byte) (r.nextInt(alphabet) + (alphabet == 2 ? 0xfe : 0));
            }
            int from = r.nextInt(hayLen + 4) - 2;
            boolean last = r.nextBoolean();
            assertThat(ByteSearch.indexOf(hay, hayLen, needle, n, from, last))
                    .as("round %d", round).isEqualTo(naive(hay, hayLen, needle, n, from, last));
        }
    }

    @Test
    void utf8DecodeOfWellFormedAndIllFormedInput() {
        String text = "plain ASCII long enough for whole words, then é€𝄞 and ASCII again";
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        assertThat(Encodings.utf8Decode(b, 0, b.length)).isEqualTo(text);
        assertThat(Encodings.isUtf8(b, 0, b.length)).isTrue();
        // A lone continuation byte after 16 ASCII bytes: found past the word-at-a-time skip.
        byte[] bad = "0123456789abcdef\u0080x".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(Encodings.isUtf8(bad, 0, bad.length)).isFalse();
        assertThat(Encodings.utf8Decode(bad, 0, bad.length)).isEqualTo("0123456789abcdef\uFFFDx");
        assertThat(Encodings.utf8DecodeWhatwg(bad, 0, bad.length, true)).isNull();
        assertThat(Encodings.utf8DecodeWhatwg(b, 0, b.length, true)).isEqualTo(text);
    }

    @Test
    void hexAndBase64OfASlice() {
        byte[] b = {9, (byte) 0xab, (byte) 0xcd, (byte) 0xef, 1, 2, 7};
        assertThat(Encodings.hexEncode(b, 1, 5)).isEqualTo("abcdef0102");
        assertThat(Encodings.decode(b, 1, 5, Encodings.BASE64)).isEqualTo("q83vAQI=");
        assertThat(Encodings.decode(b, 1, 5, Encodings.BASE64URL)).isEqualTo("q83vAQI");
        assertThat(Encodings.decode(b, 1, 0, Encodings.BASE64)).isEmpty();
    }
}
