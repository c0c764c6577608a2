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

    /** Top-level keys of the object literal starting after '{' at {@code start}. */
    private static void literalKeys(String s, int start, Set<String> out) {
        int depth = 0;
        boolean expectKey = true;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{' || c == '[' || c == '(') depth++;
            else if (c == ']' || c == ')') depth--;
            else if (c == '}') {
                if (depth == 0) return;
                depth--;
            } else if (c == '"' || c == '\'' || c == '`') {
                int end = s.indexOf(c, i + 1);
                while (end > 0 && s.charAt(end - 1) == '\\') end = s.indexOf(c, end + 1);
                if (end < 0) return;
                if (depth == 0 && expectKey) {
                    out.add(s.substring(i + 1, end));
                    expectKey = false;
                }
                i = end;
            } else if (depth == 0 && c == ',') {
                expectKey = true;
            } else if (depth == 0 && expectKey && (Character.isJavaIdentifierStart(c))) {
                int j = i;
                while (j < s.length() && Character.isJavaIdentifierPart(s.charAt(j))) j++;
                String word = s.substring(i, j);
                if (word.equals("get") || word.equals("set") || word.equals("async")) {
                    int k = j;
                    while (k < s.length() && Character.isWhitespace(s.charAt(k))) k++;
                    if (k < s.length() && Character.isJavaIdentifierStart(s.charAt(k))) {
                        i = k - 1;
                        continue;
                    }
                }
                out.add(word);
                expectKey = false;
                i = j - 1;
            } else if (depth == 0 && c == '.' && s.startsWith("...", i)) {
                expectKey = false;   // spread: unknown names
                i += 2;
            }
        }
    }

    static boolean isIdentifier(String n) {
        if (n.isEmpty() || RESERVED.contains(n) || !Character.isJavaIdentifierStart(n.charAt(0))) return false;
        for (int i = 1; i < n.length(); i++) if (!Character.isJavaIdentifierPart(n.charAt(i))) return false;
        return true;
    }
}
