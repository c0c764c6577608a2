package dev.node4j.fs.glob;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Brace expansion as Node's glob does it (bash-like): {@code a{b,c}d}, nested sets, numeric and
 * letter sequences {@code {1..10..2}} / {@code {a..e}} with zero padding, {@code ${...}} left alone,
 * and sets without a comma or sequence kept literally.
 */
public final class BraceExpansion {
    private static final Pattern ANY_SET = Pattern.compile("\\{(?:(?!\\{).)*\\}");
    private static final Pattern NUMERIC_SEQ = Pattern.compile("^-?\\d+\\.\\.-?\\d+(?:\\.\\.-?\\d+)?$");
    private static final Pattern ALPHA_SEQ = Pattern.compile("^[a-zA-Z]\\.\\.[a-zA-Z](?:\\.\\.-?\\d+)?$");
    private static final Pattern PADDED = Pattern.compile("^-?0\\d");
    private static final Pattern LATER_CLOSE = Pattern.compile(",(?!,).*\\}");
    /** Stands for a '}' that must stay literal while the rest is expanded again. */
    private static final char CLOSE = '\uE001';
    private static final char OPEN = '\uE000';

    private BraceExpansion() {
    }

    public static List<String> expand(String pattern) {
        if (!ANY_SET.matcher(pattern).find()) return List.of(pattern);
        // A leading "{}" is literal.
        String s = pattern.startsWith("{}") ? OPEN + "" + CLOSE + pattern.substring(2) : pattern;
        List<String> out = new ArrayList<>();
        for (String e : expand(s, true)) out.add(e.replace(OPEN, '{').replace(CLOSE, '}'));
        return out;
    }

    private record Balanced(String pre, String body, String post) {
    }

    /** The first balanced {...} pair (the innermost opening before the first close that balances). */
    private static Balanced balanced(String s) {
        int open = s.indexOf('{');
        int close = s.indexOf('}', open + 1);
        if (open < 0 || close < 0) return null;
        int depth = 0;
        List<Integer> opens = new ArrayList<>();
        int left = -1;
        int right = -1;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                opens.add(i);
                depth++;
            } else if (c == '}' && depth > 0) {
                int o = opens.removeLast();
                depth--;
                if (depth == 0) return new Balanced(s.substring(0, o), s.substring(o + 1, i), s.substring(i + 1));
                if (left < 0 || o < left) {
                    left = o;
                    right = i;
                }
            }
        }
        // Unbalanced: the outermost pair that did close.
        if (left < 0) return null;
        return new Balanced(s.substring(0, left), s.substring(left + 1, right), s.substring(right + 1));
    }

    private static List<String> expand(String s, boolean top) {
        Balanced m = balanced(s);
        if (m == null) return List.of(s);
        List<String> post = m.post.isEmpty() ? List.of("") : expand(m.post, false);
        List<String> out = new ArrayList<>();
        if (m.pre.endsWith("$")) {
            for (String p : post) out.add(m.pre + "{" + m.body + "}" + p);
            return out;
        }
        boolean numeric = NUMERIC_SEQ.matcher(m.body).matches();
        boolean alpha = ALPHA_SEQ.matcher(m.body).matches();
        boolean sequence = numeric || alpha;
        boolean options = m.body.indexOf(',') >= 0;
        if (!sequence && !options) {
            if (LATER_CLOSE.matcher(m.post).find()) {
                return expand(m.pre + "{" + m.body + CLOSE + m.post, top);
            }
            return List.of(s);
        }
        List<String> n;
        if (sequence) {
            n = List.of(m.body.split("\\.\\.", -1));
        } else {
            n = commaParts(m.body);
            if (n.size() == 1) {
                List<String> wrapped = new ArrayList<>();
                for (String e : expand(n.getFirst(), false)) wrapped.add("{" + e + "}");
                n = wrapped;
                if (n.size() == 1) {
                    for (String p : post) out.add(m.pre + n.getFirst() + p);
                    return out;
                }
            }
        }
        List<String> items = new ArrayList<>();
        if (sequence) {
            items = sequence(n, alpha);
        } else {
            for (String el : n) items.addAll(expand(el, false));
        }
        for (String item : items) {
            for (String p : post) {
                String e = m.pre + item + p;
                if (!top || sequence || !e.isEmpty()) out.add(e);
            }
        }
        return out;
    }

    private static List<String> sequence(List<String> n, boolean alpha) {
        long x = alpha ? n.get(0).charAt(0) : Long.parseLong(n.get(0));
        long y = alpha ? n.get(1).charAt(0) : Long.parseLong(n.get(1));
        int width = Math.max(n.get(0).length(), n.get(1).length());
        long incr = n.size() == 3 ? Math.abs(Long.parseLong(n.get(2))) : 1;
        boolean reverse = y < x;
        if (reverse) incr = -incr;
        boolean pad = false;
        for (String e : n) pad |= PADDED.matcher(e).find();
        List<String> out = new ArrayList<>();
        if (incr == 0) return out;
        for (long i = x; reverse ? i >= y : i <= y; i += incr) {
            String c;
            if (alpha) {
                c = i == '\\' ? "" : String.valueOf((char) i);
            } else {
                c = Long.toString(i);
                if (pad) {
                    int need = width - c.length();
                    if (need > 0) {
                        String z = "0".repeat(need);
                        c = i < 0 ? "-" + z + c.substring(1) : z + c;
                    }
                }
            }
            out.add(c);
        }
        return out;
    }

    /** Splits a set's body on its top-level commas. */
    private static List<String> commaParts(String body) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '{') depth++;
            else if (c == '}' && depth > 0) depth--;
            else if (c == ',' && depth == 0) {
                parts.add(body.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(body.substring(from));
        return parts;
    }
}
