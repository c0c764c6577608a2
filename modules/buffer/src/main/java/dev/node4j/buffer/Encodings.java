package dev.node4j.buffer;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Node's Buffer encodings as plain static methods over byte arrays (also the JMH seam).
 * Codes: {@link #UTF8}, {@link #UCS2}, {@link #LATIN1}, {@link #ASCII}, {@link #BASE64},
 * {@link #BASE64URL}, {@link #HEX}. Behaviour on invalid input follows Node: invalid UTF-8
 * becomes U+FFFD per maximal subpart, lone surrogates encode as EF BF BD, hex stops at the
 * first invalid pair, base64 skips characters outside both alphabets and stops at '='.
 */
public final class Encodings {
    public static final int UTF8 = 1, UCS2 = 2, LATIN1 = 3, ASCII = 4, BASE64 = 5, BASE64URL = 6, HEX = 7;

    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();
    private static final java.util.HexFormat HEX_FORMAT = java.util.HexFormat.of();
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final char[] B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();
    private static final char[] B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();
    /** base64 and base64url letters to their 6-bit values; -1 elsewhere. */
    private static final byte[] B64_VALUE = new byte[128];

    static {
        java.util.Arrays.fill(B64_VALUE, (byte) -1);
        for (int i = 0; i < 64; i++) {
            B64_VALUE[B64[i]] = (byte) i;
            B64_VALUE[B64URL[i]] = (byte) i;
        }
    }

    private Encodings() {}

    /** Node's encoding name (any case) to its code, or 0 if unknown. */
    public static int code(String name) {
        if (name == null) return UTF8;
        return switch (name) {
            case "utf8", "utf-8" -> UTF8;
            case "hex" -> HEX;
            case "base64" -> BASE64;
            case "ucs2", "ucs-2", "utf16le", "utf-16le" -> UCS2;
            case "latin1", "binary" -> LATIN1;
            case "ascii" -> ASCII;
            case "base64url" -> BASE64URL;
            default -> {
                String lower = name.toLowerCase(java.util.Locale.ROOT);
                yield lower.equals(name) ? 0 : code(lower);
            }
        };
    }

    // ---- bytes -> string ------------------------------------------------------------------

    public static String decode(byte[] b, int off, int len, int enc) {
        return switch (enc) {
            case UTF8 -> utf8Decode(b, off, len);
            case UCS2 -> ucs2Decode(b, off, len);
            case LATIN1 -> new String(b, off, len, StandardCharsets.ISO_8859_1);
            case ASCII -> asciiDecode(b, off, len);
            case BASE64 -> base64Encode(b, off, len, B64, true);
            case BASE64URL -> base64Encode(b, off, len, B64URL, false);
            case HEX -> hexEncode(b, off, len);
            default -> throw new IllegalArgumentException("encoding " + enc);
        };
    }

    static boolean allAscii(byte[] b, int off, int len) {
        return asciiPrefix(b, off, off + len) == off + len;
    }

    /** The end of the run of ASCII bytes from i (at most end), eight bytes a step. */
    static int asciiPrefix(byte[] b, int i, int end) {
        for (; i <= end - 8; i += 8) if (((long) LONG.get(b, i) & 0x8080808080808080L) != 0) break;
        while (i < end && b[i] >= 0) i++;
        return i;
    }

    /** WHATWG UTF-8 decode: each maximal subpart of an ill-formed sequence becomes one U+FFFD. */
    public static String utf8Decode(byte[] b, int off, int len) {
        // The JDK's decoder (intrinsic ASCII scan, no char[] in between) decodes valid UTF-8 as
        // any decoder must and writes U+FFFD for every ill-formed sequence, though not always one
        // per maximal subpart (ED A0 80: one for the JDK, three for WHATWG). A result without
        // U+FFFD therefore came from valid input and stands; otherwise our own decoder decides.
        // 1 KiB of mixed text: ~830 ns against ~1,060 for our decoder alone.
        String s = new String(b, off, len, StandardCharsets.UTF_8);
        return s.indexOf('\uFFFD') < 0 ? s : utf8DecodeOwn(b, off, len);
    }

    /** WHATWG UTF-8 decode in one pass that checks as it goes. */
    static String utf8DecodeOwn(byte[] b, int off, int len) {
        int end = off + len;
        int ascii = asciiPrefix(b, off, end);
        if (ascii == end) return new String(b, off, len, StandardCharsets.ISO_8859_1);
        char[] out = new char[len];
        for (int i = off; i < ascii; i++) out[i - off] = (char) b[i];
        int o = utf8DecodeInto(b, ascii, end, out, ascii - off);
        return new String(out, 0, o);
    }

    /** Decodes b[i..end) into out at o; returns the new end of out (needs end-i chars of room). */
    static int utf8DecodeInto(byte[] b, int i, int end, char[] out, int o) {
        while (i < end) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                // An ASCII run: eight bytes a step while none has its high bit set.
                while (i <= end - 8 && ((long) LONG.get(b, i) & 0x8080808080808080L) == 0) {
                    for (int k = 0; k < 8; k++) out[o + k] = (char) b[i + k];
                    i += 8;
                    o += 8;
                }
                while (i < end && b[i] >= 0) out[o++] = (char) b[i++];
                continue;
            }
            int need;
            int cp;
            int lower = 0x80, upper = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
                cp = c & 0x1F;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                cp = c & 0x0F;
                if (c == 0xE0) lower = 0xA0;
                if (c == 0xED) upper = 0x9F;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                cp = c & 0x07;
                if (c == 0xF0) lower = 0x90;
                if (c == 0xF4) upper = 0x8F;
            } else {
                out[o++] = '\uFFFD';
                i++;
                continue;
            }
            int j = i + 1;
            int k = 0;
            while (k < need && j < end) {
                int d = b[j] & 0xff;
                if (d < lower || d > upper) break;
                lower = 0x80;
                upper = 0xBF;
                cp = (cp << 6) | (d & 0x3F);
                j++;
                k++;
            }
            i = j;
            if (k < need) {
                out[o++] = '\uFFFD';
            } else if (cp >= 0x10000) {
                out[o++] = Character.highSurrogate(cp);
                out[o++] = Character.lowSurrogate(cp);
            } else {
                out[o++] = (char) cp;
            }
        }
        return o;
    }

    /**
     * Length of the incomplete but so far valid UTF-8 sequence at the end of b[off..off+len),
     * 0 if the data ends on a boundary or in an already invalid sequence.
     */
    public static int utf8IncompleteTail(byte[] b, int off, int len) {
        int end = off + len;
        for (int back = 1; back <= 3 && back <= len; back++) {
            int c = b[end - back] & 0xff;
            if ((c & 0xC0) == 0x80) continue;   // continuation: look further back
            int need = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : 0;
            if (need < back) return 0;
            // the continuation bytes seen must be valid for this lead
            if (back >= 2) {
                int d = b[end - back + 1] & 0xff;
                int lower = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
                int upper = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
                if (d < lower || d > upper) return 0;
            }
            return back;
        }
        return 0;
    }

    /** Total length of the UTF-8 sequence a lead byte starts (1 for invalid leads). */
    public static int utf8SequenceLength(int lead) {
        lead &= 0xff;
        return lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 1;
    }

    public static String ucs2Decode(byte[] b, int off, int len) {
        char[] out = new char[len / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (char) ((b[off + 2 * i] & 0xff) | (b[off + 2 * i + 1] & 0xff) << 8);
        }
        return new String(out);
    }

    public static String asciiDecode(byte[] b, int off, int len) {
        if (allAscii(b, off, len)) return new String(b, off, len, StandardCharsets.ISO_8859_1);
        byte[] c = new byte[len];
        for (int i = 0; i < len; i++) c[i] = (byte) (b[off + i] & 0x7f);
        return new String(c, StandardCharsets.ISO_8859_1);
    }

    public static String hexEncode(byte[] b, int off, int len) {
        // The JDK's formatter: a digit-pair table, and its string takes the digits without a copy
        // (1 MiB: ~0.38 ms against ~0.85 ms for a two-digit loop into new String(bytes)).
        return HEX_FORMAT.formatHex(b, off, off + len);
    }

    static String base64Encode(byte[] b, int off, int len, char[] alphabet, boolean pad) {
        // The JDK's intrinsic encoder, also for a slice of b (the ByteBuffer form reads b in place).
        java.util.Base64.Encoder e = alphabet == B64 ? java.util.Base64.getEncoder() : java.util.Base64.getUrlEncoder();
        java.nio.ByteBuffer out = (pad ? e : e.withoutPadding()).encode(java.nio.ByteBuffer.wrap(b, off, len));
        return new String(out.array(), 0, out.limit(), StandardCharsets.ISO_8859_1);
    }

    private static final java.util.Base64.Encoder B64_ENCODER = java.util.Base64.getEncoder();
    private static final java.util.Base64.Encoder B64URL_ENCODER = java.util.Base64.getUrlEncoder().withoutPadding();

    /** Room base64 of n bytes needs (padded; unpadded needs no more). */
    static int base64Room(int n) {
        return (n + 2) / 3 * 4;
    }

    /**
     * base64 (or unpadded base64url) of all of src, written into out (at least base64Room long).
     * The array-to-array form measured 2.5x faster than the ByteBuffer form on 1 KiB (~70 ns
     * against ~170): no output array to allocate and zero per call.
     */
    static String base64EncodeWhole(byte[] src, boolean url, byte[] out) {
        int n = (url ? B64URL_ENCODER : B64_ENCODER).encode(src, out);
        return new String(out, 0, n, StandardCharsets.ISO_8859_1);
    }

    // ---- string -> bytes ------------------------------------------------------------------

    public static byte[] encode(String s, int enc) {
        return switch (enc) {
            case UTF8 -> utf8Encode(s);
            case UCS2 -> ucs2Encode(s);
            case LATIN1, ASCII -> latin1Encode(s);
            case BASE64, BASE64URL -> base64Decode(s);
            case HEX -> hexDecode(s);
            default -> throw new IllegalArgumentException("encoding " + enc);
        };
    }

    /** UTF-8 with lone surrogates as U+FFFD (EF BF BD), as V8 writes them. */
    public static byte[] utf8Encode(String s) {
        // The JDK's encoder is intrinsic-fast but writes '?' for a lone surrogate: its result
        // stands when it holds exactly as many '?' as the string.
        byte[] fast = s.getBytes(StandardCharsets.UTF_8);
        if (count(fast, (byte) '?') == count(s, '?')) return fast;
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) < 0x80) i++;
        byte[] out = new byte[utf8Length(s)];
        int o = 0;
        for (int k = 0; k < i; k++) out[o++] = (byte) s.charAt(k);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out[o++] = (byte) c;
            } else if (c < 0x800) {
                out[o++] = (byte) (0xC0 | c >> 6);
                out[o++] = (byte) (0x80 | c & 63);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                out[o++] = (byte) (0xF0 | cp >> 18);
                out[o++] = (byte) (0x80 | (cp >> 12) & 63);
                out[o++] = (byte) (0x80 | (cp >> 6) & 63);
                out[o++] = (byte) (0x80 | cp & 63);
            } else {
                if (Character.isSurrogate(c)) c = '\uFFFD';
                out[o++] = (byte) (0xE0 | c >> 12);
                out[o++] = (byte) (0x80 | (c >> 6) & 63);
                out[o++] = (byte) (0x80 | c & 63);
            }
        }
        return out;
    }

    private static int count(byte[] b, byte v) {
        int n = 0;
        for (byte x : b) if (x == v) n++;
        return n;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) n++;
        return n;
    }

    public static int utf8Length(String s) {
        int n = s.length();
        int len = n;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) continue;
            if (c < 0x800) {
                len += 1;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                len += 2;   // 4 bytes for 2 chars
                i++;
            } else {
                len += 2;
            }
        }
        return len;
    }

    /**
     * How many leading UTF-8 bytes of s fit in max bytes without splitting a character
     * (Node's write() never writes a partial character). Returns {bytes, chars}.
     */
    public static int[] utf8Fit(String s, int max) {
        int n = s.length();
        int bytes = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            int w;
            int chars = 1;
            if (c < 0x80) w = 1;
            else if (c < 0x800) w = 2;
            else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                w = 4;
                chars = 2;
            } else w = 3;
            if (bytes + w > max) break;
            bytes += w;
            i += chars;
        }
        return new int[] {bytes, i};
    }

    public static byte[] ucs2Encode(String s) {
        byte[] out = new byte[s.length() * 2];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out[2 * i] = (byte) c;
            out[2 * i + 1] = (byte) (c >> 8);
        }
        return out;
    }

    /** Low byte of each UTF-16 unit (Node's latin1 and ascii writers). */
    public static byte[] latin1Encode(String s) {
        // The JDK writes '?' for chars above 0xFF where Node keeps the low byte: same check as utf8Encode.
        byte[] fast = s.getBytes(StandardCharsets.ISO_8859_1);
        if (count(fast, (byte) '?') == count(s, '?')) return fast;
        byte[] out = new byte[s.length()];
        for (int i = 0; i < out.length; i++) out[i] = (byte) s.charAt(i);
        return out;
    }

    /** Hex digits to their values; -1 elsewhere. */
    private static final byte[] HEX_VALUE = new byte[256];

    static {
        java.util.Arrays.fill(HEX_VALUE, (byte) -1);
        for (int i = 0; i < 16; i++) {
            HEX_VALUE[HEX_DIGITS[i]] = (byte) i;
            HEX_VALUE[Character.toUpperCase(HEX_DIGITS[i])] = (byte) i;
        }
    }

    /** Hex pairs up to the first invalid pair; an odd last digit is dropped. */
    public static byte[] hexDecode(String s) {
        // Chars above 0xFF become '?' here, which is no digit either: the decoding stops there as in Node.
        byte[] in = s.getBytes(StandardCharsets.ISO_8859_1);
        int pairs = in.length / 2;
        byte[] out = new byte[pairs];
        int n = 0;
        for (; n < pairs; n++) {
            int hi = HEX_VALUE[in[2 * n] & 0xff];
            int lo = HEX_VALUE[in[2 * n + 1] & 0xff];
            if ((hi | lo) < 0) break;
            out[n] = (byte) (hi << 4 | lo);
        }
        return n == pairs ? out : java.util.Arrays.copyOf(out, n);
    }

    /** Forgiving base64/base64url: skips other characters, stops at the first '='. */
    public static byte[] base64Decode(String s) {
        // Well-formed input (one alphabet, padding only at the end) through the JDK's intrinsic
        // decoder; anything it refuses through Node's forgiving rules below.
        byte[] in = s.getBytes(StandardCharsets.ISO_8859_1);
        try {
            return java.util.Base64.getDecoder().decode(in);
        } catch (IllegalArgumentException notBasic) {
            try {
                return java.util.Base64.getUrlDecoder().decode(in);
            } catch (IllegalArgumentException notUrl) {
                return base64DecodeForgiving(s);
            }
        }
    }

    static byte[] base64DecodeForgiving(String s) {
        int n = s.length();
        byte[] out = new byte[(n * 3) / 4 + 3];
        int o = 0;
        int acc = 0;
        int count = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '=') break;
            int v = c < 128 ? B64_VALUE[c] : -1;
            if (v < 0) continue;
            acc = acc << 6 | v;
            if (++count == 4) {
                out[o++] = (byte) (acc >> 16);
                out[o++] = (byte) (acc >> 8);
                out[o++] = (byte) acc;
                acc = 0;
                count = 0;
            }
        }
        if (count == 2) {
            out[o++] = (byte) (acc >> 4);
        } else if (count == 3) {
            out[o++] = (byte) (acc >> 10);
            out[o++] = (byte) (acc >> 2);
        }
        return o == out.length ? out : java.util.Arrays.copyOf(out, o);
    }

    /** Buffer.byteLength(string, enc): exact for utf8/ucs2/latin1/hex, Node's estimate for base64. */
    public static int byteLength(String s, int enc) {
        return switch (enc) {
            case UTF8 -> utf8Length(s);
            case UCS2 -> s.length() * 2;
            case LATIN1, ASCII -> s.length();
            case HEX -> s.length() >>> 1;
            case BASE64, BASE64URL -> base64ByteLength(s);
            default -> throw new IllegalArgumentException("encoding " + enc);
        };
    }

    static int base64ByteLength(String s) {
        int len = s.length();
        if (len > 0 && s.charAt(len - 1) == '=') len--;
        if (len > 1 && s.charAt(len - 1) == '=') len--;
        return (int) (((long) len * 3) >>> 2);
    }

    // ---- WHATWG TextDecoder ---------------------------------------------------------------

    /** windows-1252 code points for bytes 0x80-0x9F (the rest map to themselves). */
    private static final char[] CP1252_80 = (
            "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
            + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178")
            .toCharArray();

    public static String windows1252Decode(byte[] b, int off, int len) {
        char[] out = new char[len];
        for (int i = 0; i < len; i++) {
            int c = b[off + i] & 0xff;
            out[i] = c >= 0x80 && c < 0xA0 ? CP1252_80[c - 0x80] : (char) c;
        }
        return new String(out);
    }

    /** UTF-16LE as WHATWG decodes it: unpaired surrogates and an odd last byte become U+FFFD; null if fatal and invalid. */
    public static String utf16leDecodeWhatwg(byte[] b, int off, int len, boolean fatal) {
        int units = len / 2;
        char[] out = new char[units + 1];
        int o = 0;
        for (int i = 0; i < units; i++) {
            char c = (char) ((b[off + 2 * i] & 0xff) | (b[off + 2 * i + 1] & 0xff) << 8);
            if (Character.isHighSurrogate(c) && i + 1 < units) {
                char d = (char) ((b[off + 2 * i + 2] & 0xff) | (b[off + 2 * i + 3] & 0xff) << 8);
                if (Character.isLowSurrogate(d)) {
                    out[o++] = c;
                    out[o++] = d;
                    i++;
                    continue;
                }
            }
            if (Character.isSurrogate(c)) {
                if (fatal) return null;
                c = '\uFFFD';
            }
            out[o++] = c;
        }
        if ((len & 1) != 0) {
            if (fatal) return null;
            out[o++] = '\uFFFD';
        }
        return new String(out, 0, o);
    }

    /** UTF-8 for TextDecoder: replacement per maximal subpart, or null if fatal and invalid. */
    public static String utf8DecodeWhatwg(byte[] b, int off, int len, boolean fatal) {
        return fatal && !isUtf8(b, off, len) ? null : utf8Decode(b, off, len);
    }

    // ---- search and checks ----------------------------------------------------------------

    /** See {@link ByteSearch#indexOf}. */
    public static int indexOf(byte[] hay, int hayLen, byte[] needle, int needleLen, int from, boolean last) {
        return ByteSearch.indexOf(hay, hayLen, needle, needleLen, from, last);
    }

    public static boolean isUtf8(byte[] b, int off, int len) {
        int i = off;
        int end = off + len;
        while (i < end) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i = asciiPrefix(b, i + 1, end);
                continue;
            }
            int need = utf8SequenceLength(c) - 1;
            if (need == 0 || i + need >= end) return false;
            int lower = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
            int upper = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
            for (int k = 1; k <= need; k++) {
                int d = b[i + k] & 0xff;
                if (d < lower || d > upper) return false;
                lower = 0x80;
                upper = 0xBF;
            }
            i += need + 1;
        }
        return true;
    }

    public static int compare(byte[] a, int aOff, int aLen, byte[] b, int bOff, int bLen) {
        int r = java.util.Arrays.compareUnsigned(a, aOff, aOff + aLen, b, bOff, bOff + bLen);
        return Integer.signum(r);
    }
}
