package dev.node4j.buffer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The JDK fast paths inside {@link Encodings} (base64 decoder and encoder, String.getBytes) give
 * the bytes Node's rules give, on random strings made to hit the cases where the JDK differs:
 * padding in the middle, both base64 alphabets mixed, junk characters, chars above 0xFF, '?',
 * lone surrogates.
 */
class EncodingsFastPathTest {
    private static final String PIECES = "ABCxyz019+/-_=?\n \u00e9\u00ff\u0100\u20ac\uD834\uDD1E\uD800\uDC00";

    private static String randomString(Random r, int max) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(max);
        for (int i = 0; i < n; i++) sb.append(PIECES.charAt(r.nextInt(PIECES.length())));
        return sb.toString();
    }

    /** Node's UTF-8: code points as UTF-8, a lone surrogate as U+FFFD. */
    private static byte[] utf8Reference(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
            out.writeBytes(new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void base64DecodeAgreesWithTheForgivingDecoder() {
        Random r = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            String s = randomString(r, 24);
            assertThat(Encodings.base64Decode(s)).as(s).isEqualTo(Encodings.base64DecodeForgiving(s));
        }
        // Well-formed input of every length and padding takes the JDK's path.
        for (int n = 0; n < 64; n++) {
            byte[] b = new byte[n];
            r.nextBytes(b);
            for (String s : new String[] {java.util.Base64.getEncoder().encodeToString(b),
                    java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b)}) {
                assertThat(Encodings.base64Decode(s)).isEqualTo(b).isEqualTo(Encodings.base64DecodeForgiving(s));
            }
        }
    }

    @Test
    void base64EncodeOfWholeAndPartialArraysAgree() {
        Random r = new Random(8);
        for (int n = 0; n < 40; n++) {
            byte[] b = new byte[n + 2];
            r.nextBytes(b);
            byte[] whole = java.util.Arrays.copyOfRange(b, 1, n + 1);
            for (int enc : new int[] {Encodings.BASE64, Encodings.BASE64URL}) {
                assertThat(Encodings.decode(whole, 0, n, enc)).isEqualTo(Encodings.decode(b, 1, n, enc));
            }
        }
    }

    @Test
    void utf8AndLatin1EncodeMatchNodeOnAnyString() {
        Random r = new Random(9);
        for (int i = 0; i < 20_000; i++) {
            String s = randomString(r, 16);
            assertThat(Encodings.utf8Encode(s)).as(s).isEqualTo(utf8Reference(s));
            byte[] latin1 = new byte[s.length()];
            for (int k = 0; k < s.length(); k++) latin1[k] = (byte) s.charAt(k);   // Node keeps the low byte
            assertThat(Encodings.latin1Encode(s)).as(s).isEqualTo(latin1);
        }
    }

    @Test
    void hexDecodeStopsAtCharsAboveLatin1() {
        assertThat(Encodings.hexDecode("ab\u0161cd")).containsExactly((byte) 0xab);
        assertThat(Encodings.hexDecode("AbcD\u00e9f")).containsExactly((byte) 0xab, (byte) 0xcd);
        assertThat(Encodings.hexDecode("a?")).isEmpty();
    }
}
