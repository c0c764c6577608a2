package dev.node4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** GraalJS parser messages (as GraalJS 25 words them) against what Node 25 says for the same source. */
class SyntaxMessagesTest {
    private static final int SHIFT = 62; // length of CoreBinding's CommonJS wrapper header

    private static String cjs(String graalText, String source, int line, int sourceColumn) {
        int column = sourceColumn + (line == 1 ? SHIFT : 0);
        return SyntaxMessages.toNode("a.js:" + line + ":" + column + " " + graalText + "\nexcerpt\n   ^\n", source, SHIFT);
    }

    @Test
    void unexpectedTokenTakesItsKindFromTheSource() {
        assertThat(cjs("Expected ident but found ;", "let x = {;\n", 1, 9)).isEqualTo("Unexpected token ';'");
        assertThat(cjs("Expected ; but found 4", "x = 3 4;\n", 1, 6)).isEqualTo("Unexpected number");
        assertThat(cjs("Expected ; but found bar", "x = foo bar;\n", 1, 8)).isEqualTo("Unexpected identifier 'bar'");
        assertThat(cjs("Expected ; but found b", "x = 'a' 'b';\n", 1, 9)).isEqualTo("Unexpected string");
        assertThat(cjs("Expected ; but found if", "x = 1 if;\n", 1, 6)).isEqualTo("Unexpected token 'if'");
        assertThat(cjs("Expected ident but found (", "function () {}\n", 1, 9))
                .isEqualTo("Function statements require a function name");
    }

    @Test
    void errorsOnTheWrapperLineMeanTheSourceEndedOrClosedTheWrapper() {
        assertThat(cjs("Expected an operand but found }", "foo(\n", 3, 0)).isEqualTo("Unexpected end of input");
        assertThat(cjs("Expected ; but found )", "if (x) {\n", 3, 1)).isEqualTo("Unexpected end of input");
        assertThat(cjs("Expected ) but found }", "}\n", 3, 0)).isEqualTo("Unexpected token '}'");
        assertThat(cjs("Expected an operand but found }", "1 +", 2, 0)).isEqualTo("Unexpected end of input");
    }

    @Test
    void renamedMessages() {
        assertThat(cjs("Variable \"a\" has already been declared", "let a; let a;", 1, 11))
                .isEqualTo("Identifier 'a' has already been declared");
        assertThat(cjs("Missing close quote", "var s = \"abc", 1, 12)).isEqualTo("Invalid or unexpected token");
        assertThat(cjs("Class contains more than one constructor", "class A {}", 1, 0))
                .isEqualTo("A class may only have one constructor");
        assertThat(cjs("Missing assignment to constant \"q\"", "const q;", 1, 7))
                .isEqualTo("Missing initializer in const declaration");
    }

    @Test
    void otherMessagesLoseOnlyPositionAndExcerpt() {
        assertThat(cjs("let is disallowed as a lexically bound name", "let let = 1;", 1, 4))
                .isEqualTo("let is disallowed as a lexically bound name");
        assertThat(SyntaxMessages.toNode("not a parser message", "x", 0)).isEqualTo("not a parser message");
    }

    @Test
    void modulesHaveNoWrapperShift() {
        assertThat(SyntaxMessages.toNode("m.mjs:1:6 Expected ; but found 4\nx = 3 4;\n      ^\n", "x = 3 4;\n", 0))
                .isEqualTo("Unexpected number");
    }
}
