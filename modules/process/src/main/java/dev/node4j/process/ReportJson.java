package dev.node4j.process;

import java.util.List;
import java.util.Map;

/**
 * Writes the diagnostic report's tree (maps keep their order, lists, strings, numbers, booleans,
 * null) as JSON: indented by two spaces as Node writes report files, or on a single line for
 * {@code process.report.compact}.
 */
final class ReportJson {
    private final StringBuilder out = new StringBuilder(16 * 1024);
    private final boolean compact;

    private ReportJson(boolean compact) {
        this.compact = compact;
    }

    /** The JSON text of {@code value}; a pretty one ends with a newline, as Node's files do. */
    static String write(Object value, boolean compact) {
        ReportJson w = new ReportJson(compact);
        w.value(value, 0);
        w.out.append('\n');
        return w.out.toString();
    }

    private void value(Object v, int depth) {
        switch (v) {
            case null -> out.append("null");
            case String s -> string(s);
            case Boolean b -> out.append(b);
            case Number n -> number(n);
            case Map<?, ?> m -> object(m, depth);
            case List<?> l -> array(l, depth);
            default -> string(v.toString());
        }
    }

    private void object(Map<?, ?> m, int depth) {
        if (m.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (var e : m.entrySet()) {
            if (!first) out.append(',');
            first = false;
            newline(depth + 1);
            string(String.valueOf(e.getKey()));
            out.append(compact ? ":" : ": ");
            value(e.getValue(), depth + 1);
        }
        newline(depth);
        out.append('}');
    }

    private void array(List<?> l, int depth) {
        if (l.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < l.size(); i++) {
            if (i > 0) out.append(',');
            newline(depth + 1);
            value(l.get(i), depth + 1);
        }
        newline(depth);
        out.append(']');
    }

    private void newline(int depth) {
        if (compact) return;
        out.append('\n');
        for (int i = 0; i < depth; i++) out.append("  ");
    }

    /** Integers as integers; other finite numbers as Java prints them (valid JSON); NaN/Infinity as null. */
    private void number(Number n) {
        if (n instanceof Long || n instanceof Integer) {
            out.append(n.longValue());
            return;
        }
        double d = n.doubleValue();
        if (!Double.isFinite(d)) out.append("null");
        else if (d == Math.rint(d) && Math.abs(d) < 0x1p53) out.append((long) d);
        else out.append(d);
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }
}
