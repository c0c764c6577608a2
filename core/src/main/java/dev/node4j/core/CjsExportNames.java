package dev.node4j.core;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the named exports of a CommonJS file without running it, so that
 * {@code import { x } from './file.cjs'} links as in Node. Like Node's lexer it recognises
 * {@code exports.x = }, {@code module.exports.x = }, {@code Object.defineProperty(exports, 'x'}
 * and the keys of a {@code module.exports = { ... }} object literal; anything else is reachable
 * through the default export.
 */
final class CjsExportNames {
    private static final Pattern ASSIGN = Pattern.compile(
            "(?<![\\w$.])(?:module\\s*\\.\\s*)?exports\\s*(?:\\.\\s*([A-Za-z_$][\\w$]*)|\\[\\s*(['\"])([^'\"]+)\\2\\s*\\])\\s*=(?!=)");
    private static final Pattern DEFINE = Pattern.compile(
            "Object\\s*\\.\\s*defineProperty\\s*\\(\\s*(?:module\\s*\\.\\s*)?exports\\s*,\\s*(['\"])([^'\"]+)\\1");
    private static final Pattern LITERAL = Pattern.compile("(?<![\\w$.])module\\s*\\.\\s*exports\\s*=\\s*\\{");
    private static final Set<String> RESERVED = Set.of("break", "case", "catch", "class", "const", "continue",
            "debugger", "default", "delete", "do", "else", "enum", "export", "extends", "false", "finally",
            "for", "function", "if", "import", "in", "instanceof", "new", "null", "return", "super", "switch",
            "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield", "let", "static",
            "implements", "interface", "package", "private", "protected", "public", "await", "arguments", "eval");

    private CjsExportNames() {
    }

    static List<String> of(String source) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = ASSIGN.matcher(source);
        while (m.find()) names.add(m.group(1) != null ? m.group(1) : m.group(3));
        m = DEFINE.matcher(source);
        while (m.find()) names.add(m.group(2));
        m = LITERAL.matcher(source);
        while (m.find()) literalKeys(source, m.end(), names);
        names.remove("__esModule");
        return List.copyOf(names);
    }

    /** White space and comments, which the lexer skips between the entries of a literal. */
    private static final String GAP = "(?:\\s|//[^\\n]*|/\\*[\\s\\S]*?\\*/)*";
    private static final Pattern ENTRY = Pattern.compile(
            GAP + "(?:([A-Za-z_$][\\w$]*)|'([^']*)'|\"([^\"]*)\")" + GAP + "(?::" + GAP + "([A-Za-z_$][\\w$]*))?" + GAP
                    + "([,}])");

    /**
     * Keys of {@code module.exports = { a, b: c, 'd': e }} starting after '{' at {@code start}.
     * As in Node's lexer, each value must be an identifier; the first other entry ends the scan.
     */
    private static void literalKeys(String s, int start, Set<String> out) {
        Matcher m = ENTRY.matcher(s);
        int at = start;
        while (m.find(at) && m.start() == at) {
            String key = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            boolean shorthand = m.group(4) == null;
            if (shorthand && m.group(1) == null) return;   // 'x' without a value is not valid JS
            out.add(key);
            if (m.group(5).equals("}")) return;
            at = m.end();
        }
    }

    static boolean isIdentifier(String n) {
        if (n.isEmpty() || RESERVED.contains(n) || !Character.isJavaIdentifierStart(n.charAt(0))) return false;
        for (int i = 1; i < n.length(); i++) if (!Character.isJavaIdentifierPart(n.charAt(i))) return false;
        return true;
    }
}
