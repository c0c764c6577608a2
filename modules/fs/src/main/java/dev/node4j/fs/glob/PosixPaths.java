package dev.node4j.fs.glob;

import java.util.ArrayList;
import java.util.List;

/**
 * Node's POSIX {@code path.join}, {@code resolve}, {@code dirname} and {@code basename} as plain
 * string operations: the glob walk names its results with exactly these strings.
 */
public final class PosixPaths {
    private PosixPaths() {
    }

    public static boolean isAbsolute(String p) {
        return p.startsWith("/");
    }

    /** {@code path.normalize}: collapses '.', '..' and repeated slashes, keeps a trailing slash. */
    public static String normalize(String p) {
        if (p.isEmpty()) return ".";
        boolean absolute = isAbsolute(p);
        boolean trailing = p.endsWith("/");
        String s = normalizeSegments(p, !absolute);
        if (s.isEmpty()) {
            if (absolute) return "/";
            return trailing ? "./" : ".";
        }
        if (trailing) s += "/";
        return absolute ? "/" + s : s;
    }

    private static String normalizeSegments(String p, boolean allowAboveRoot) {
        List<String> out = new ArrayList<>();
        for (String seg : p.split("/", -1)) {
            if (seg.isEmpty() || seg.equals(".")) continue;
            if (seg.equals("..")) {
                if (!out.isEmpty() && !out.getLast().equals("..")) out.removeLast();
                else if (allowAboveRoot) out.add("..");
            } else {
                out.add(seg);
            }
        }
        return String.join("/", out);
    }

    /** {@code path.join(a, b)}. */
    public static String join(String a, String b) {
        String joined = a.isEmpty() ? b : b.isEmpty() ? a : a + "/" + b;
        return joined.isEmpty() ? "." : normalize(joined);
    }

    /** {@code path.resolve(cwd, a, b)} where {@code cwd} is the process's current directory. */
    public static String resolve(String cwd, String... parts) {
        String resolved = "";
        boolean absolute = false;
        for (int i = parts.length - 1; i >= -1 && !absolute; i--) {
            String p = i >= 0 ? parts[i] : cwd;
            if (p.isEmpty()) continue;
            resolved = p + "/" + resolved;
            absolute = isAbsolute(p);
        }
        String s = normalizeSegments(resolved, !absolute);
        if (absolute) return "/" + s;
        return s.isEmpty() ? "." : s;
    }

    public static String basename(String p) {
        int end = p.length();
        while (end > 1 && p.charAt(end - 1) == '/') end--;
        if (end == 1 && p.charAt(0) == '/') return "";
        int start = p.lastIndexOf('/', end - 1) + 1;
        return p.substring(start, end);
    }

    public static String dirname(String p) {
        if (p.isEmpty()) return ".";
        int end = p.length();
        while (end > 1 && p.charAt(end - 1) == '/') end--;
        int slash = p.lastIndexOf('/', end - 1);
        if (slash < 0) return ".";
        if (slash == 0) return "/";
        int e = slash;
        while (e > 1 && p.charAt(e - 1) == '/') e--;
        return p.substring(0, e);
    }
}
