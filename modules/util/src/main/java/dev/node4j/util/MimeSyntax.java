package dev.node4j.util;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.node4j.core.NodeException;

/**
 * MIME type syntax as {@code util.MIMEType} follows it: the WHATWG MIME Sniffing "parse a MIME
 * type" algorithm (type and subtype are HTTP tokens compared in ASCII lower case; parameters are
 * {@code ;name=value} with a token name and a token or quoted-string value; bad parameters are
 * dropped, the first of a repeated name wins) and its serialisation (values that are not tokens are
 * quoted, {@code "} and {@code \} escaped). As in Node, only leading HTTP whitespace is skipped
 * before the type, and errors are {@code ERR_INVALID_MIME_SYNTAX} naming the faulty part.
 */
public final class MimeSyntax {
    private MimeSyntax() {
    }

    /**
     * Parses {@code input} into {@code [type, subtype, name1, value1, name2, value2, ...]}, names
     * lower-cased, in source order.
     */
    public static List<String> parse(String input) {
        int n = input.length();
        int pos = 0;
        while (pos < n && httpWhitespace(input.charAt(pos))) {
            pos++;
        }
        int slash = input.indexOf('/', pos);
        String type = slash < 0 ? input.substring(pos) : input.substring(pos, slash);
        int bad = firstNonToken(type);
        if (type.isEmpty() || bad >= 0 || slash < 0) {
            throw syntaxError("type", input, bad);
        }
        pos = slash + 1;
        int semicolon = input.indexOf(';', pos);
        int subtypeEnd = semicolon < 0 ? n : semicolon;
        String subtype = trimTrailingWhitespace(input.substring(pos, subtypeEnd));
        bad = firstNonToken(subtype);
        if (subtype.isEmpty() || bad >= 0) {
            throw syntaxError("subtype", input, bad);
        }
        List<String> out = new ArrayList<>();
        out.add(asciiLower(type));
        out.add(asciiLower(subtype));
        readParameters(input, subtypeEnd, out);
        return out;
    }

    /** Parameters from {@code pos} (at a ';' or the end) on, appended to {@code out} as pairs. */
    private static void readParameters(String input, int pos, List<String> out) {
        int n = input.length();
        Set<String> seen = new HashSet<>();
        while (pos < n) {
            pos++;   // past the ';'
            while (pos < n && httpWhitespace(input.charAt(pos))) {
                pos++;
            }
            int nameStart = pos;
            while (pos < n && input.charAt(pos) != ';' && input.charAt(pos) != '=') {
                pos++;
            }
            String name = asciiLower(input.substring(nameStart, pos));
            if (pos < n && input.charAt(pos) == ';') {
                continue;   // a name without a value
            }
            pos++;   // past the '='
            if (pos >= n) {
                return;
            }
            String value;
            if (input.charAt(pos) == '"') {
                StringBuilder sb = new StringBuilder();
                pos = readQuoted(input, pos, sb);
                value = sb.toString();
                int next = input.indexOf(';', pos);
                pos = next < 0 ? n : next;   // anything after the closing quote is dropped
            } else {
                int next = input.indexOf(';', pos);
                int valueEnd = next < 0 ? n : next;
                value = trimTrailingWhitespace(input.substring(pos, valueEnd));
                pos = valueEnd;
                if (value.isEmpty()) {
                    continue;
                }
            }
            if (!name.isEmpty() && firstNonToken(name) < 0 && firstNonQuotedText(value) < 0 && seen.add(name)) {
                out.add(name);
                out.add(value);
            }
        }
    }

    /**
     * Reads the quoted string whose opening quote is at {@code pos} into {@code sb}, backslash
     * escapes resolved; returns the position after it (past the closing quote, or the end). A
     * backslash at the very end stands for itself.
     */
    private static int readQuoted(String input, int pos, StringBuilder sb) {
        int n = input.length();
        pos++;
        while (pos < n) {
            char c = input.charAt(pos++);
            if (c == '"') {
                return pos;
            }
            if (c == '\\') {
                if (pos >= n) {
                    sb.append('\\');
                    return pos;
                }
                sb.append(input.charAt(pos++));
            } else {
                sb.append(c);
            }
        }
        return pos;
    }

    /** A new type or subtype ({@code production}) in lower case, or the syntax error. */
    public static String checkToken(String production, String value) {
        int bad = firstNonToken(value);
        if (value.isEmpty() || bad >= 0) {
            throw syntaxError(production, value, bad);
        }
        return asciiLower(value);
    }

    /** Checks a parameter set through {@code MIMEParams.set}: token name, quoted-string text value. */
    public static void checkParameter(String name, String value) {
        int bad = firstNonToken(name);
        if (name.isEmpty() || bad >= 0) {
            throw syntaxError("parameter name", name, bad);
        }
        bad = firstNonQuotedText(value);
        if (bad >= 0) {
            throw syntaxError("parameter value", value, bad);
        }
    }

    /** {@code name=value} pairs joined by ';', values quoted when they are not tokens. */
    public static String serialize(List<String> pairs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + 1 < pairs.size(); i += 2) {
            if (i > 0) {
                sb.append(';');
            }
            sb.append(pairs.get(i)).append('=');
            appendValue(sb, pairs.get(i + 1));
        }
        return sb.toString();
    }

    private static void appendValue(StringBuilder sb, String value) {
        if (!value.isEmpty() && firstNonToken(value) < 0) {
            sb.append(value);
            return;
        }
        sb.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        sb.append('"');
    }

    static NodeException syntaxError(String production, String str, int index) {
        String msg = "The MIME syntax for a " + production + " in \"" + str + "\" is invalid"
                + (index >= 0 ? " at " + index : "");
        return new NodeException("TypeError", "ERR_INVALID_MIME_SYNTAX", msg);
    }

    /** RFC 7230 tchar: ! # $ % & ' * + - . ^ _ ` | ~ and ASCII letters and digits. */
    static boolean isToken(char c) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
            return true;
        }
        return "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }

    static int firstNonToken(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isToken(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the first code unit not allowed in a quoted string (tab, 0x20-0x7E, 0x80-0xFF), or -1. */
    static int firstNonQuotedText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c == '\t' || (c >= 0x20 && c <= 0x7E) || (c >= 0x80 && c <= 0xFF))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean httpWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static String trimTrailingWhitespace(String s) {
        int end = s.length();
        while (end > 0 && httpWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    static String asciiLower(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (sb == null) {
                    sb = new StringBuilder(s);
                }
                sb.setCharAt(i, (char) (c + 32));
            }
        }
        return sb == null ? s : sb.toString();
    }
}
