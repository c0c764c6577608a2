package dev.node4j.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the named exports of a CommonJS file without running it, so that
 * {@code import { x } from './file.cjs'} links as in Node. Like Node's lexer it recognises
 * {@code exports.x = }, {@code module.exports.x = }, {@code Object.defineProperty(exports, 'x', ...)}
 * with a value or a plain re-exporting getter, the keys of a {@code module.exports = { ... }}
 * object literal, and re-exports ({@code module.exports = require('y')},
 * {@code __exportStar(require('y'), exports)}, {@code ...require('y')} in that literal), whose
 * names the caller adds. Comments, strings, templates and regular expressions are skipped.
 * Anything else is reachable through the default export.
 */
final class CjsExportNames {
    /** The names a file exports itself, and the specifiers it re-exports. */
    record Scan(List<String> names, List<String> reexports) {}

    private static final String ID = "[A-Za-z_$][\\w$]*";
    private static final Pattern ASSIGN = Pattern.compile(
            "(?<![\\w$.])(?:module\\s*\\.\\s*)?exports\\s*(?:\\.\\s*(" + ID + ")|\\[\\s*(['\"])([^'\"\\n]*)\\2\\s*\\])\\s*=(?!=)");
    private static final Pattern DEFINE = Pattern.compile(
            "(?<![\\w$.])Object\\s*\\.\\s*defineProperty\\s*\\(\\s*(?:module\\s*\\.\\s*)?exports\\s*,\\s*(['\"])([^'\"\\n]*)\\1\\s*,\\s*");
    /** The descriptors Node's lexer accepts: a value, or an enumerable getter returning {@code x.y} / {@code x['y']}. */
    private static final Pattern DESCRIPTOR = Pattern.compile(
            "\\{\\s*(?:(?:enumerable\\s*:\\s*true\\s*,\\s*)?value\\s*:"
            + "|enumerable\\s*:\\s*true\\s*,\\s*get\\s*(?:\\(\\s*\\)|:\\s*function\\s*(?:" + ID + ")?\\s*\\(\\s*\\))\\s*\\{\\s*"
            + "return\\s+" + ID + "\\s*(?:\\.\\s*" + ID + "|\\[\\s*(['\"])[^'\"\\n]*\\1\\s*\\])\\s*;?\\s*})");
    private static final Pattern LITERAL = Pattern.compile("(?<![\\w$.])module\\s*\\.\\s*exports\\s*=\\s*\\{");
    private static final String REQUIRE = "require\\s*\\(\\s*['\"]([^'\"\\n]+)['\"]\\s*\\)";   // one group
    private static final Pattern REEXPORT = Pattern.compile(
            "(?:(?<![\\w$.])module\\s*\\.\\s*exports\\s*=\\s*" + REQUIRE + "\\s*(?:;|$|\\n)"
            + "|(?<![\\w$])(?:__export|__exportStar)\\s*\\(\\s*" + REQUIRE + ")");
    private static final Set<String> RESERVED = Set.of("break", "case", "catch", "class", "const", "continue",
            "debugger", "default", "delete", "do", "else", "enum", "export", "extends", "false", "finally",
            "for", "function", "if", "import", "in", "instanceof", "new", "null", "return", "super", "switch",
            "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield", "let", "static",
            "implements", "interface", "package", "private", "protected", "public", "await", "arguments", "eval");

    private CjsExportNames() {
    }

    /** The names {@code source} exports itself (re-exports not followed). */
    static List<String> of(String source) {
        return scan(source).names();
    }

    static Scan scan(String source) {
        String code = JsText.blankNonCode(source);
        Set<String> names = new LinkedHashSet<>();
        List<String> reexports = new ArrayList<>();
        Matcher m = ASSIGN.matcher(code);
        while (m.find()) names.add(m.group(1) != null ? m.group(1) : source.substring(m.start(3), m.end(3)));
        m = DEFINE.matcher(code);
        while (m.find()) {
            Matcher d = DESCRIPTOR.matcher(code).region(m.end(), code.length());
            if (d.lookingAt()) names.add(source.substring(m.start(2), m.end(2)));
        }
        m = LITERAL.matcher(code);
        while (m.find()) literalKeys(source, m.end(), names, reexports);
        m = REEXPORT.matcher(code);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 2;
            reexports.add(source.substring(m.start(g), m.end(g)));
        }
        return new Scan(List.copyOf(names), List.copyOf(reexports));
    }

    /** White space and comments, which the lexer skips between the entries of a literal. */
    private static final String GAP = "(?:\\s|//[^\\n]*|/\\*[\\s\\S]*?\\*/)*";
    private static final Pattern ENTRY = Pattern.compile(
            GAP + "(?:([A-Za-z_$][\\w$]*)|'([^']*)'|\"([^\"]*)\"|\\.\\.\\.\\s*(?:" + REQUIRE + "|" + ID + "))"
                    + GAP + "(?::" + GAP + "([A-Za-z_$][\\w$]*))?" + GAP + "([,}])");

    /**
     * Keys of {@code module.exports = { a, b: c, 'd': e, ...require('f') }} starting after '{' at
     * {@code start}. As in Node's lexer, each value must be an identifier; the first other entry
     * ends the scan; a spread of a require() is a re-export, other spreads are skipped.
     */
    private static void literalKeys(String s, int start, Set<String> out, List<String> reexports) {
        Matcher m = ENTRY.matcher(s);
        int at = start;
        while (m.find(at) && m.start() == at) {
            if (m.group(4) != null) {
                if (m.group(5) != null) return;   // "...x: y" is not JS
                reexports.add(m.group(4));
            } else if (m.group(1) != null || m.group(2) != null || m.group(3) != null) {
                String key = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                boolean shorthand = m.group(5) == null;
                if (shorthand && m.group(1) == null) return;   // 'x' without a value is not valid JS
                out.add(key);
            } else if (m.group(5) != null) {
                return;
            }
            if (m.group(6).equals("}")) return;
            at = m.end();
        }
    }

    static boolean isIdentifier(String n) {
        if (n.isEmpty() || RESERVED.contains(n) || !Character.isJavaIdentifierStart(n.charAt(0))) return false;
        for (int i = 1; i < n.length(); i++) if (!Character.isJavaIdentifierPart(n.charAt(i))) return false;
        return true;
    }
}
