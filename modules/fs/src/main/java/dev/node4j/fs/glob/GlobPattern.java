package dev.node4j.fs.glob;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A glob as Node's fs.glob compiles it: backslashes are separators (no escapes), no comments or
 * negation, braces expanded, each alternative split on slashes and simplified for walking
 * ({@code a/../b} to {@code b}, {@code ./} and empty parts dropped, {@code **}{@code /**} merged,
 * alternatives that another one covers removed). {@link #sets()} feeds the walker;
 * {@link #match(String)} tests a whole path (exclude patterns).
 */
public final class GlobPattern {
    private final List<List<String>> globParts;
    private final List<List<GlobPart>> sets;

    public GlobPattern(String pattern) {
        String p = pattern.replace('\\', '/');
        if (p.isEmpty()) {
            globParts = List.of();
            sets = List.of();
            return;
        }
        List<List<String>> raw = new ArrayList<>();
        for (String alt : new LinkedHashSet<>(BraceExpansion.expand(p))) raw.add(slashSplit(alt));
        globParts = secondPhase(firstPhase(raw));
        List<List<GlobPart>> s = new ArrayList<>();
        for (List<String> parts : globParts) {
            List<GlobPart> compiled = new ArrayList<>();
            for (String part : parts) compiled.add(SegmentCompiler.compile(part));
            s.add(List.copyOf(compiled));
        }
        sets = List.copyOf(s);
    }

    /** The simplified alternatives, as strings (the walker's cache keys). */
    public List<List<String>> globParts() {
        return globParts;
    }

    /** The compiled alternatives, parallel to {@link #globParts()}. */
    public List<List<GlobPart>> sets() {
        return sets;
    }

    /** JS's {@code split(/\/+/)}: runs of slashes are one separator, leading/trailing ones give "". */
    static List<String> slashSplit(String s) {
        return new ArrayList<>(Arrays.asList(s.split("/+", -1)));
    }

    private static boolean isPlain(String p) {
        return p != null && !p.isEmpty() && !p.equals(".") && !p.equals("..") && !p.equals("**");
    }

    private static String at(List<String> l, int i) {
        return i >= 0 && i < l.size() ? l.get(i) : null;
    }

    /** Per alternative: **-before-.. split, '.'/'' parts dropped, {@code p/..} cancelled; repeated. */
    private static List<List<String>> firstPhase(List<List<String>> all) {
        boolean changed;
        do {
            changed = false;
            for (int k = 0; k < all.size(); k++) {
                List<String> parts = all.get(k);
                int gs = -1;
                while ((gs = indexOf(parts, "**", gs + 1)) != -1) {
                    int gss = gs;
                    while ("**".equals(at(parts, gss + 1))) gss++;
                    if (gss > gs) parts.subList(gs + 1, gss + 1).clear();
                    String next = at(parts, gs + 1);
                    String p = at(parts, gs + 2);
                    String p2 = at(parts, gs + 3);
                    if (!"..".equals(next)) continue;
                    if (p == null || p.isEmpty() || p.equals(".") || p.equals("..")
                            || p2 == null || p2.isEmpty() || p2.equals(".") || p2.equals("..")) {
                        continue;
                    }
                    changed = true;
                    parts.remove(gs);
                    List<String> other = new ArrayList<>(parts);
                    other.set(gs, "**");
                    all.add(other);
                    gs--;
                }
                changed |= dropDots(parts);
                int dd = 0;
                while ((dd = indexOf(parts, "..", dd + 1)) != -1) {
                    String p = at(parts, dd - 1);
                    if (isPlain(p)) {
                        changed = true;
                        boolean needDot = dd == 1 && "**".equals(at(parts, dd + 1));
                        parts.subList(dd - 1, dd + 1).clear();
                        if (needDot) parts.add(dd - 1, ".");
                        if (parts.isEmpty()) parts.add("");
                        dd -= 2;
                    }
                }
            }
        } while (changed);
        return all;
    }

    /**
     * Drops inner '.' and empty parts (keeping a leading '//'), and the second part of './.' or
     * './': the step both the pattern and the tested path go through. True when it changed parts.
     */
    private static boolean dropDots(List<String> parts) {
        boolean changed = false;
        for (int i = 1; i < parts.size() - 1; i++) {
            String p = parts.get(i);
            if (i == 1 && p.isEmpty() && parts.get(0).isEmpty()) continue;
            if (p.equals(".") || p.isEmpty()) {
                changed = true;
                parts.remove(i);
                i--;
            }
        }
        if (parts.size() == 2 && ".".equals(parts.get(0)) && (".".equals(parts.get(1)) || parts.get(1).isEmpty())) {
            changed = true;
            parts.removeLast();
        }
        return changed;
    }

    private static int indexOf(List<String> l, String s, int from) {
        for (int i = Math.max(from, 0); i < l.size(); i++) if (l.get(i).equals(s)) return i;
        return -1;
    }

    /** Across alternatives: one that another covers ({@code *} over a name, ** over nothing) goes. */
    private static List<List<String>> secondPhase(List<List<String>> all) {
        for (int i = 0; i < all.size() - 1; i++) {
            for (int j = i + 1; j < all.size(); j++) {
                List<String> merged = partsMatch(all.get(i), all.get(j));
                if (merged == null) continue;
                all.set(i, merged);
                all.set(j, new ArrayList<>());
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (List<String> parts : all) if (!parts.isEmpty()) out.add(List.copyOf(parts));
        return out;
    }

    private static List<String> partsMatch(List<String> a, List<String> b) {
        int ai = 0;
        int bi = 0;
        List<String> result = new ArrayList<>();
        char which = 0;
        while (ai < a.size() && bi < b.size()) {
            String x = a.get(ai);
            String y = b.get(bi);
            if (x.equals(y)) {
                result.add(which == 'b' ? y : x);
                ai++;
                bi++;
            } else if (x.equals("**") && y.equals(at(a, ai + 1))) {
                result.add(x);
                ai++;
            } else if (y.equals("**") && x.equals(at(b, bi + 1))) {
                result.add(y);
                bi++;
            } else if (x.equals("*") && !y.isEmpty() && !y.startsWith(".") && !y.equals("**")) {
                if (which == 'b') return null;
                which = 'a';
                result.add(x);
                ai++;
                bi++;
            } else if (y.equals("*") && !x.isEmpty() && !x.startsWith(".") && !x.equals("**")) {
                if (which == 'a') return null;
                which = 'b';
                result.add(y);
                ai++;
                bi++;
            } else {
                return null;
            }
        }
        return a.size() == b.size() ? result : null;
    }

    /** Whether the whole path matches one of the alternatives. */
    public boolean match(String path) {
        if (sets.isEmpty()) return false;
        List<String> file = normalizeFile(slashSplit(path));
        for (List<GlobPart> set : sets) {
            if (matchOne(file, 0, set, 0)) return true;
        }
        return false;
    }

    /** The '.'/''/'p/..' simplification applied to the tested path. */
    private static List<String> normalizeFile(List<String> parts) {
        boolean changed;
        do {
            changed = false;
            changed |= dropDots(parts);
            int dd = 0;
            while ((dd = indexOf(parts, "..", dd + 1)) != -1) {
                if (isPlain(at(parts, dd - 1))) {
                    changed = true;
                    parts.subList(dd - 1, dd + 1).clear();
                    dd -= 2;
                }
            }
        } while (changed);
        if (parts.isEmpty()) parts.add("");
        return parts;
    }

    private static boolean swallowable(String f) {
        return !f.equals(".") && !f.equals("..") && !f.startsWith(".");
    }

    private static boolean matchOne(List<String> file, int fi, List<GlobPart> pattern, int pi) {
        int fl = file.size();
        int pl = pattern.size();
        for (; fi < fl && pi < pl; fi++, pi++) {
            GlobPart p = pattern.get(pi);
            if (p instanceof GlobPart.Globstar) {
                if (pi + 1 == pl) {
                    for (; fi < fl; fi++) if (!swallowable(file.get(fi))) return false;
                    return true;
                }
                for (int fr = fi; fr < fl; fr++) {
                    if (matchOne(file, fr, pattern, pi + 1)) return true;
                    if (!swallowable(file.get(fr))) break;
                }
                return false;
            }
            if (!p.test(file.get(fi))) return false;
        }
        if (fi == fl && pi == pl) return true;
        if (fi == fl) return false;
        return pi == pl && fi == fl - 1 && file.get(fi).isEmpty();
    }
}
