package dev.node4j.fs.glob;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles one path segment of a glob to a {@link GlobPart}: {@code *}, {@code ?}, bracket
 * classes (ranges, {@code !}/{@code ^} negation, POSIX {@code [:alpha:]} classes), and the
 * extglobs {@code @(a|b) ?(..) +(..) *(..) !(..)}. Dot files need an explicit leading dot, and
 * a part without wildcards is a literal.
 */
final class SegmentCompiler {
    private static final Map<String, String> POSIX = Map.ofEntries(
            Map.entry("alnum", "\\p{L}\\p{Nl}\\p{Nd}"), Map.entry("alpha", "\\p{L}\\p{Nl}"),
            Map.entry("ascii", "\\x00-\\x7f"), Map.entry("blank", "\\p{Zs}\\t"), Map.entry("cntrl", "\\p{Cc}"),
            Map.entry("digit", "\\p{Nd}"), Map.entry("lower", "\\p{Ll}"), Map.entry("punct", "\\p{P}"),
            Map.entry("space", "\\p{Z}\\t\\r\\n\\x0B\\f"), Map.entry("upper", "\\p{Lu}"),
            Map.entry("word", "\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"), Map.entry("xdigit", "A-Fa-f0-9"));
    /** Classes that are the complement of a set, as {@code [^...]} inside a union. */
    private static final Map<String, String> POSIX_NEGATED = Map.of("graph", "\\p{Z}\\p{C}", "print", "\\p{C}");

    private final String glob;
    private int pos;
    private boolean magic;

    private SegmentCompiler(String glob) {
        this.glob = glob;
    }

    static GlobPart compile(String segment) {
        if (segment.equals("**")) return GlobPart.GLOBSTAR;
        if (segment.isEmpty()) return new GlobPart.Literal("");
        SegmentCompiler c = new SegmentCompiler(segment);
        String body = c.sequence(false);
        if (!c.magic) return new GlobPart.Literal(segment);
        String guard = "";
        char first = segment.charAt(0);
        if (first == '.') {
            // ".*" and the like never match "." or "..".
            if (segment.length() > 1 && isMagicStart(segment, 1)) guard = "(?!\\.\\.?$)";
        } else if (isMagicStart(segment, 0)) {
            guard = "(?!\\.)";
        }
        try {
            return new GlobPart.Magic(segment, Pattern.compile(guard + body, Pattern.DOTALL));
        } catch (PatternSyntaxException e) {
            return new GlobPart.Literal(segment);   // not a usable pattern: only the name itself
        }
    }

    private static boolean isMagicStart(String s, int i) {
        char c = s.charAt(i);
        return c == '*' || c == '?' || c == '[' || (i + 1 < s.length() && s.charAt(i + 1) == '(' && "@+!".indexOf(c) >= 0);
    }

    /** Compiles up to the end, or (inside an extglob) up to an unmatched '|' or ')'. */
    private String sequence(boolean inGroup) {
        StringBuilder re = new StringBuilder();
        while (pos < glob.length()) {
            char c = glob.charAt(pos);
            if (inGroup && (c == '|' || c == ')')) break;
            if ("@?+*!".indexOf(c) >= 0 && pos + 1 < glob.length() && glob.charAt(pos + 1) == '(') {
                int save = pos;
                String ext = extglob(c);
                if (ext != null) {
                    re.append(ext);
                    continue;
                }
                pos = save;
            }
            if (c == '*') {
                while (pos < glob.length() && glob.charAt(pos) == '*') pos++;
                re.append("[^/]*?");
                magic = true;
            } else if (c == '?') {
                pos++;
                re.append("[^/]");
                magic = true;
            } else if (c == '[') {
                String cls = bracket();
                if (cls != null) {
                    re.append(cls);
                    magic = true;
                } else {
                    pos++;
                    re.append("\\[");
                }
            } else {
                pos++;
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return re.toString();
    }

    /** An extglob starting at pos (the type char), or null when its parentheses do not close. */
    private String extglob(char type) {
        pos += 2;
        List<String> alternatives = new ArrayList<>();
        while (true) {
            alternatives.add(sequence(true));
            if (pos >= glob.length()) return null;
            char c = glob.charAt(pos++);
            if (c == ')') break;
        }
        magic = true;
        String body = String.join("|", alternatives);
        return switch (type) {
            case '@' -> "(?:" + body + ")";
            case '?' -> "(?:" + body + ")?";
            case '+' -> "(?:" + body + ")+";
            case '*' -> "(?:" + body + ")*";
            default -> {
                // !(x): anything that is not x followed by the rest of the part.
                int save = pos;
                boolean wasMagic = magic;
                String rest = sequence(false);
                pos = save;
                magic = wasMagic;
                yield "(?:(?!(?:" + body + ")" + rest + "$)[^/]*?)";
            }
        };
    }

    /** A bracket expression at pos as a Java class, or null when it has no closing ']'. */
    private String bracket() {
        int i = pos + 1;
        boolean negate = false;
        if (i < glob.length() && (glob.charAt(i) == '!' || glob.charAt(i) == '^')) {
            negate = true;
            i++;
        }
        StringBuilder ranges = new StringBuilder();
        List<String> negatedClasses = new ArrayList<>();
        boolean first = true;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (c == ']' && !first) {
                pos = i + 1;
                String set = ranges.toString();
                if (set.isEmpty() && negatedClasses.isEmpty()) return negate ? "[^/]" : "(?!)";
                StringBuilder cls = new StringBuilder("[");
                if (negate) cls.append('^');
                cls.append(set);
                for (String n : negatedClasses) cls.append("[^").append(n).append(']');
                if (negate) cls.append('/');
                return cls.append(']').toString();
            }
            first = false;
            if (c == '[' && i + 1 < glob.length() && glob.charAt(i + 1) == ':') {
                int end = glob.indexOf(":]", i + 2);
                if (end > 0) {
                    String name = glob.substring(i + 2, end);
                    if (POSIX.containsKey(name)) {
                        ranges.append(POSIX.get(name));
                        i = end + 2;
                        continue;
                    }
                    if (POSIX_NEGATED.containsKey(name)) {
                        negatedClasses.add(POSIX_NEGATED.get(name));
                        i = end + 2;
                        continue;
                    }
                }
            }
            if (i + 2 < glob.length() && glob.charAt(i + 1) == '-' && glob.charAt(i + 2) != ']') {
                char to = glob.charAt(i + 2);
                if (to >= c) ranges.append(classChar(c)).append('-').append(classChar(to));
                i += 3;
                continue;
            }
            ranges.append(classChar(c));
            i++;
        }
        return null;
    }

    private static String classChar(char c) {
        return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + (c == '\\' ? "\\" : "") + (c == '\\' ? "" : c);
    }
}
