package dev.node4j.core;

import java.util.Set;

/** Lexical helpers over JavaScript source text, for the scans node4j makes without parsing. */
final class JsText {
    private static final Set<String> BEFORE_REGEX = Set.of("return", "typeof", "case", "do", "else", "in",
            "of", "void", "yield", "await", "delete", "throw", "new", "instanceof");

    private JsText() {}

    /**
     * {@code source} with the insides of comments, strings, templates and regular expressions
     * replaced by spaces (line breaks and the quotes stay), so that patterns looking for code
     * match only code, at the same indices as in the source.
     */
    static String blankNonCode(String source) {
        char[] out = source.toCharArray();
        int n = out.length;
        int i = 0;
        while (i < n) {
            char c = out[i];
            if (c == '/' && i + 1 < n && out[i + 1] == '/') {
                int end = source.indexOf('\n', i);
                i = blank(out, i, end < 0 ? n : end);
            } else if (c == '/' && i + 1 < n && out[i + 1] == '*') {
                int end = source.indexOf("*/", i + 2);
                i = blank(out, i, end < 0 ? n : end + 2);
            } else if (c == '\'' || c == '"' || c == '`') {
                int end = closeQuote(source, i);
                blank(out, i + 1, end);
                i = end + 1;
            } else if (c == '/' && regexMayStart(out, i)) {
                int end = regexEnd(source, i);
                if (end < 0) {
                    i++;
                } else {
                    blank(out, i + 1, end);
                    i = end + 1;
                }
            } else {
                i++;
            }
        }
        return new String(out);
    }

    /** Spaces over [from, to), keeping line breaks; returns {@code to}. */
    private static int blank(char[] out, int from, int to) {
        for (int k = from; k < to && k < out.length; k++) {
            if (out[k] != '\n' && out[k] != '\r') out[k] = ' ';
        }
        return to;
    }

    /** Index of the quote closing the string or template opened at {@code i} (a line break ends a string). */
    private static int closeQuote(String s, int i) {
        char q = s.charAt(i);
        int depth = 0;   // ${ ... } nesting inside a template
        for (int k = i + 1; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\') {
                k++;
            } else if (q == '`' && c == '$' && k + 1 < s.length() && s.charAt(k + 1) == '{') {
                depth++;
                k++;
            } else if (q == '`' && depth > 0 && c == '}') {
                depth--;
            } else if (c == q && depth == 0) {
                return k;
            } else if (c == '\n' && q != '`') {
                return k;
            }
        }
        return s.length();
    }

    /** A '/' starts a regular expression where an operand is expected (not after a value). */
    private static boolean regexMayStart(char[] out, int i) {
        if (i + 1 < out.length && (out[i + 1] == '/' || out[i + 1] == '*')) return false;
        int j = i - 1;
        while (j >= 0 && Character.isWhitespace(out[j])) j--;
        if (j < 0) return true;
        char p = out[j];
        if ("(,=:[!&|?{};+-*%<>~^".indexOf(p) >= 0) return true;
        if (!Character.isJavaIdentifierPart(p)) return false;
        int k = j;
        while (k >= 0 && Character.isJavaIdentifierPart(out[k])) k--;
        return BEFORE_REGEX.contains(new String(out, k + 1, j - k));
    }

    /** Index of the '/' closing the regular expression opened at {@code i}, or -1 if the line ends first. */
    private static int regexEnd(String s, int i) {
        boolean inClass = false;
        for (int k = i + 1; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\') k++;
            else if (c == '\n') return -1;
            else if (c == '[') inClass = true;
            else if (c == ']') inClass = false;
            else if (c == '/' && !inClass) return k;
        }
        return -1;
    }
}
