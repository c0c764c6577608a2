package dev.node4j.core;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns GraalJS parser messages into the messages Node (V8) gives for the same mistakes.
 * GraalJS writes {@code "file.js:2:9 Expected ; but found x\n<line>\n<caret>"}; Node writes
 * {@code "Unexpected identifier 'x'"} and shows the line and caret itself. Which V8 message
 * applies often depends on the offending token's kind, which GraalJS's text does not keep
 * (a string {@code 'b'} is reported as {@code b}), so the token is read from the source.
 */
final class SyntaxMessages {
    private static final Pattern GRAAL = Pattern.compile("(?s)^.*?:(\\d+):(\\d+) (.*?)(?:\\n.*)?$");
    private static final Pattern FOUND = Pattern.compile("^Expected .* but found (.+)$");
    private static final Pattern REDECLARED = Pattern.compile("^Variable \"(.+)\" has already been declared$");
    private static final Set<String> KEYWORDS = Set.of("break", "case", "catch", "class", "const", "continue",
            "debugger", "default", "delete", "do", "else", "export", "extends", "false", "finally", "for",
            "function", "if", "import", "in", "instanceof", "new", "null", "return", "super", "switch", "this",
            "throw", "true", "try", "typeof", "var", "void", "while", "with");

    private SyntaxMessages() {}

    /**
     * Node's message for a GraalJS syntax error message about {@code source}, whose first line
     * was compiled behind {@code firstLineShift} characters of wrapper (the CommonJS function
     * header). Messages it does not recognise keep their text without GraalJS's position and
     * excerpt.
     */
    static String toNode(String graal, String source, int firstLineShift) {
        Matcher m = GRAAL.matcher(graal);
        if (!m.matches()) return graal;
        int line = Integer.parseInt(m.group(1));
        int column = Integer.parseInt(m.group(2)) - (line == 1 ? firstLineShift : 0);
        String text = m.group(3);

        Matcher found = FOUND.matcher(text);
        if (found.matches() || text.startsWith("Expected an operand but found ")) {
            String lineText = lineOf(source, line);
            if (lineText == null) {
                // Past the source, on the wrapper's closing "})": either the source ended early or
                // an extra '}' of the source closed the wrapper function.
                return text.equals("Expected ) but found }") ? "Unexpected token '}'" : "Unexpected end of input";
            }
            return unexpected(lineText, column, found.matches() ? found.group(1) : text.substring(30));
        }
        Matcher redeclared = REDECLARED.matcher(text);
        if (redeclared.matches()) return "Identifier '" + redeclared.group(1) + "' has already been declared";
        return switch (text) {
            case "Missing close quote" -> "Invalid or unexpected token";
            case "Class contains more than one constructor" -> "A class may only have one constructor";
            default -> text.startsWith("Missing assignment to constant ")
                    ? "Missing initializer in const declaration" : text;
        };
    }

    /** V8's "Unexpected ..." for the token at {@code column} of {@code lineText}. */
    private static String unexpected(String lineText, int column, String graalToken) {
        if (column < 0 || column >= lineText.length()) {
            return graalToken.equals("eof") ? "Unexpected end of input" : "Unexpected token '" + graalToken + "'";
        }
        char c = lineText.charAt(column);
        char before = column > 0 ? lineText.charAt(column - 1) : ' ';
        if (c == '"' || c == '\'' || ((before == '"' || before == '\'') && lineText.startsWith(graalToken, column))) {
            return "Unexpected string"; // GraalJS points a string token past its opening quote
        }
        if (c == '(' && lineText.substring(0, column).stripTrailing().endsWith("function")) {
            return "Function statements require a function name";
        }
        if (c == '`') return "Unexpected template string";
        if (Character.isDigit(c)) return "Unexpected number";
        if (Character.isJavaIdentifierStart(c)) {
            int end = column;
            while (end < lineText.length() && Character.isJavaIdentifierPart(lineText.charAt(end))) end++;
            String word = lineText.substring(column, end);
            return KEYWORDS.contains(word) ? "Unexpected token '" + word + "'" : "Unexpected identifier '" + word + "'";
        }
        return "Unexpected token '" + graalToken + "'";
    }

    /** Line {@code n} (1-based) of {@code source}, or null past its end. */
    private static String lineOf(String source, int n) {
        int start = 0;
        for (int i = 1; i < n; i++) {
            int nl = source.indexOf('\n', start);
            if (nl < 0) return null;
            start = nl + 1;
        }
        if (start > source.length()) return null;
        int end = source.indexOf('\n', start);
        String line = source.substring(start, end < 0 ? source.length() : end);
        if (end < 0 && line.isEmpty() && n > 1) return null;
        return line;
    }
}
