package dev.node4j.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.node4j.core.NodeException;

/** MIME parsing and serialisation; expected values checked against util.MIMEType of Node 25.8.1. */
class MimeSyntaxTest {
    @Test
    void typeSubtypeAndParametersLowerCasedNamesOnly() {
        assertThat(MimeSyntax.parse("\t Text/HTML ; Charset=UTF-8;Q=1"))
            .containsExactly("text", "html", "charset", "UTF-8", "q", "1");
    }

    @Test
    void firstOfARepeatedNameWins() {
        assertThat(MimeSyntax.parse("a/b;x=1;X=2")).containsExactly("a", "b", "x", "1");
    }

    @Test
    void quotedValuesUnescapedAndTrailingTextDropped() {
        assertThat(MimeSyntax.parse("a/b;c=\"x\\\"y\" junk;d=\"\";e=\"open\\"))
            .containsExactly("a", "b", "c", "x\"y", "d", "", "e", "open\\");
    }

    @Test
    void badParametersAreSkipped() {
        assertThat(MimeSyntax.parse("a/b;novalue;empty=;=x; sp=1 ;bad name=2;v=\u0100;ok=\u00ff"))
            .containsExactly("a", "b", "sp", "1", "ok", "\u00ff");
    }

    @Test
    void syntaxErrorsNameThePartAndIndex() {
        assertError(() -> MimeSyntax.parse("te xt/plain"), "The MIME syntax for a type in \"te xt/plain\" is invalid at 2");
        assertError(() -> MimeSyntax.parse("text"), "The MIME syntax for a type in \"text\" is invalid");
        assertError(() -> MimeSyntax.parse(""), "The MIME syntax for a type in \"\" is invalid");
        assertError(() -> MimeSyntax.parse("text/"), "The MIME syntax for a subtype in \"text/\" is invalid");
        assertError(() -> MimeSyntax.parse("text/pl ain"), "The MIME syntax for a subtype in \"text/pl ain\" is invalid at 2");
        assertError(() -> MimeSyntax.parse("x/x\u000b"), "The MIME syntax for a subtype in \"x/x\u000b\" is invalid at 1");
        assertError(() -> MimeSyntax.checkToken("type", "x y"), "The MIME syntax for a type in \"x y\" is invalid at 1");
        assertError(() -> MimeSyntax.checkParameter("", "v"), "The MIME syntax for a parameter name in \"\" is invalid");
        assertError(() -> MimeSyntax.checkParameter("n", "\u0100"),
            "The MIME syntax for a parameter value in \"\u0100\" is invalid at 0");
    }

    @Test
    void settersLowerCase() {
        assertThat(MimeSyntax.checkToken("subtype", "JSON")).isEqualTo("json");
        MimeSyntax.checkParameter("Name", "a b\t\u00ff");
    }

    @Test
    void serialisationQuotesNonTokens() {
        assertThat(MimeSyntax.serialize(List.of("a", "1", "b", "x y", "c", "", "d", "q\"\\", "e", "\u00ff")))
            .isEqualTo("a=1;b=\"x y\";c=\"\";d=\"q\\\"\\\\\";e=\"\u00ff\"");
        assertThat(MimeSyntax.serialize(List.of())).isEmpty();
    }

    private static void assertError(Runnable r, String message) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(NodeException.class, e -> {
            assertThat(e.code()).isEqualTo("ERR_INVALID_MIME_SYNTAX");
            assertThat(e.jsClass()).isEqualTo("TypeError");
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }
}
