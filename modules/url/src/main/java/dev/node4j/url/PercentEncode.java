package dev.node4j.url;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** The URL Standard's percent-encode sets, UTF-8 percent-encoding and percent-decoding. */
final class PercentEncode {
    private PercentEncode() {}

    enum Set { C0, FRAGMENT, QUERY, SPECIAL_QUERY, PATH, USERINFO, COMPONENT, FORM }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    static boolean inSet(int c, Set set) {
        if (c < 0x20 || c > 0x7E) return true;
        switch (set) {
            case C0:
                return false;
            case FRAGMENT:
                return c == ' ' || c == '"' || c == '<' || c == '>' || c == '`';
            default:
                break;
        }
        boolean query = c == ' ' || c == '"' || c == '#' || c == '<' || c == '>';
        if (set == Set.QUERY) return query;
        if (set == Set.SPECIAL_QUERY) return query || c == '\'';
        boolean path = query || c == '?' || c == '^' || c == '`' || c == '{' || c == '}';
        if (set == Set.PATH) return path;
        boolean userinfo = path || c == '/' || c == ':' || c == ';' || c == '=' || c == '@'
                || (c >= '[' && c <= ']') || c == '|';
        if (set == Set.USERINFO) return userinfo;
        boolean component = userinfo || (c >= '$' && c <= '&') || c == '+' || c == ',';
        if (set == Set.COMPONENT) return component;
        return component || c == '!' || (c >= '\'' && c <= ')') || c == '~';
    }

    /** Appends code point {@code c}, percent-encoded as UTF-8 if it is in {@code set}. */
    static void append(StringBuilder out, int c, Set set) {
        if (!inSet(c, set)) {
            out.append((char) c);
            return;
        }
        appendBytes(out, new String(Character.toChars(c)));
    }

    /** Appends the code points of {@code s} from {@code from} to {@code to}, each as {@link #append} does. */
    static void append(StringBuilder out, String s, int from, int to, Set set) {
        for (int i = from; i < to; ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            append(out, lone(c), set);
        }
    }

    private static void appendBytes(StringBuilder out, String s) {
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
    }

    static String encode(String s, Set set) {
        int n = s.length();
        int i = 0;
        while (i < n && !inSet(s.charAt(i), set)) i++;   // printable ASCII outside the set stays
        if (i == n) return s;
        StringBuilder out = new StringBuilder(n + 16).append(s, 0, i);
        while (i < n) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            append(out, lone(c), set);
        }
        return out.toString();
    }

    /** Lone surrogates become U+FFFD (the USV string conversion). */
    static int lone(int c) {
        return c >= 0xD800 && c <= 0xDFFF ? 0xFFFD : c;
    }

    /** application/x-www-form-urlencoded byte serializer: space becomes '+'. */
    static String encodeForm(String s) {
        int n = s.length();
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == ' ') out.append('+');
            else append(out, lone(c), Set.FORM);
        }
        return out.toString();
    }

    static int hexValue(int c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    /** Percent-decodes the UTF-8 bytes of {@code s}; invalid sequences stay as they are. */
    static byte[] decodeBytes(String s) {
        byte[] in = s.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        for (int i = 0; i < in.length; i++) {
            byte b = in[i];
            if (b == '%' && i + 2 < in.length && hexValue(in[i + 1]) >= 0 && hexValue(in[i + 2]) >= 0) {
                out.write(hexValue(in[i + 1]) * 16 + hexValue(in[i + 2]));
                i += 2;
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    /** Percent-decode then UTF-8 decode (without BOM), replacing invalid sequences with U+FFFD. */
    static String decode(String s) {
        if (s.indexOf('%') < 0) return s;
        return new String(decodeBytes(s), StandardCharsets.UTF_8);
    }
}
