package dev.node4j.process;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The .env format as Node 25 reads it, for {@code process.loadEnvFile} and {@code util.parseEnv}.
 * Lines are {@code KEY=value}; blank lines and lines starting with {@code #} are skipped, as is
 * any line without {@code =}. Keys lose surrounding blanks and an {@code export } prefix. A value
 * is either quoted ({@code '...'}, {@code "..."} or {@code `...`}: everything up to the same quote,
 * which may span lines, and only double quotes turn {@code \n} into a newline) or plain (up to the
 * end of the line, cut at the first {@code #}, blanks trimmed). A quote with no partner is kept as
 * part of a one-line value. Carriage returns are dropped everywhere first. A key given twice keeps
 * its last value, and the keys come out sorted by code point, as Node's ordered map hands them out.
 * Node's parser has quirks (an empty key is kept when its value is empty; {@code export } stays in
 * a key whose value is empty); they are reproduced here on purpose.
 */
public final class DotEnv {
    private final String src;
    private final SortedMap<String, String> out = new TreeMap<>(DotEnv::compareCodePoints);
    /** The unread window of {@link #src}: [pos, end). */
    private int pos;
    private int end;

    private DotEnv(String content) {
        this.src = content.replace("\r", "");
        this.end = src.length();
    }

    /** The variables of {@code content}, in the order Node lists them. */
    public static SortedMap<String, String> parse(String content) {
        DotEnv p = new DotEnv(content);
        p.run();
        return p.out;
    }

    /** The same as a flat {@code [key, value, key, value, ...]} array, handy for JS. */
    public static String[] parseFlat(String content) {
        SortedMap<String, String> map = parse(content);
        String[] flat = new String[map.size() * 2];
        int i = 0;
        for (var e : map.entrySet()) {
            flat[i++] = e.getKey();
            flat[i++] = e.getValue();
        }
        return flat;
    }

    private void run() {
        trimWindow();
        while (pos < end) {
            char first = src.charAt(pos);
            if (first == '\n' || first == '#') {
                skipPastNewline(pos);
                continue;
            }
            int sep = indexOfEqualsOrNewline();
            if (sep < 0) {
                return;
            }
            if (src.charAt(sep) == '\n') {
                pos = sep + 1;
                trimWindow();
                continue;
            }
            String key = trim(src.substring(pos, sep));
            pos = sep + 1;
            if (pos >= end || src.charAt(pos) == '\n') {
                out.put(key, "");
                continue;
            }
            trimWindow();
            if (key.isEmpty()) {
                continue;
            }
            if (key.startsWith("export ")) {
                key = trim(key.substring(7));
            }
            if (pos >= end) {
                out.put(key, "");
                return;
            }
            if (!readValue(key)) {
                return;
            }
        }
    }

    /** Reads the value at {@link #pos} for {@code key}; false when the input is used up. */
    private boolean readValue(String key) {
        char q = src.charAt(pos);
        if (q == '"' || q == '\'' || q == '`') {
            int close = src.indexOf(q, pos + 1);
            if (close >= 0 && close < end) {
                String inner = src.substring(pos + 1, close);
                out.put(key, q == '"' ? inner.replace("\\n", "\n") : inner);
                skipPastNewline(close + 1);
                return true;
            }
            // No partner quote: the rest of the line, quote included, untrimmed.
            int nl = indexOfNewline(pos);
            if (nl < 0) {
                out.put(key, src.substring(pos, end));
                return false;
            }
            out.put(key, src.substring(pos, nl));
            pos = nl + 1;
            trimWindow();
            return true;
        }
        int nl = indexOfNewline(pos);
        int stop = nl < 0 ? end : nl;
        String value = src.substring(pos, stop);
        int hash = value.indexOf('#');
        if (hash >= 0) {
            value = value.substring(0, hash);
        }
        out.put(key, trim(value));
        if (nl < 0) {
            return false;
        }
        pos = nl + 1;
        trimWindow();
        return true;
    }

    private void skipPastNewline(int from) {
        int nl = indexOfNewline(from);
        pos = nl < 0 ? end : nl + 1;
    }

    private int indexOfNewline(int from) {
        int i = src.indexOf('\n', from);
        return i < end ? i : -1;
    }

    private int indexOfEqualsOrNewline() {
        for (int i = pos; i < end; i++) {
            char c = src.charAt(i);
            if (c == '=' || c == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\n';
    }

    private void trimWindow() {
        while (pos < end && blank(src.charAt(pos))) {
            pos++;
        }
        while (end > pos && blank(src.charAt(end - 1))) {
            end--;
        }
    }

    /** Drops spaces, tabs and newlines at both ends (not other whitespace). */
    static String trim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && blank(s.charAt(a))) {
            a++;
        }
        while (b > a && blank(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    /** Code point order, which is the byte order of the UTF-8 keys Node sorts. */
    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
