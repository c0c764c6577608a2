package dev.node4j.fs.glob;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class GlobPatternTest {
    @Test
    void bracesExpandSetsSequencesAndPadding() {
        assertThat(BraceExpansion.expand("a{b,c}d")).containsExactly("abd", "acd");
        assertThat(BraceExpansion.expand("{a,b}{1..3}")).containsExactly("a1", "a2", "a3", "b1", "b2", "b3");
        assertThat(BraceExpansion.expand("x{01..3}")).containsExactly("x01", "x02", "x03");
        assertThat(BraceExpansion.expand("{c..a}")).containsExactly("c", "b", "a");
        assertThat(BraceExpansion.expand("a{,b}")).containsExactly("a", "ab");
        assertThat(BraceExpansion.expand("a{b{c,d},e}")).containsExactly("abc", "abd", "ae");
        assertThat(BraceExpansion.expand("{a}")).containsExactly("{a}");
        assertThat(BraceExpansion.expand("${a,b}")).containsExactly("${a,b}");
        assertThat(BraceExpansion.expand("{1..10..4}")).containsExactly("1", "5", "9");
    }

    @Test
    void partsAreSimplifiedForWalking() {
        assertThat(new GlobPattern("lib/../*.txt").globParts()).containsExactly(List.of("*.txt"));
        assertThat(new GlobPattern("./a//b/./c").globParts()).containsExactly(List.of(".", "a", "b", "c"));
        assertThat(new GlobPattern("**/**/x").globParts()).containsExactly(List.of("**", "x"));
        assertThat(new GlobPattern("*/x/{a,*}").globParts()).containsExactly(List.of("*", "x", "*"));
        assertThat(new GlobPattern("{a,b}/**/../c/d").globParts())
                .containsExactly(List.of("c", "d"), List.of("a", "**", "c", "d"), List.of("b", "**", "c", "d"));
        assertThat(new GlobPattern("a\\b").globParts()).containsExactly(List.of("a", "b"));
        assertThat(new GlobPattern("").sets()).isEmpty();
    }

    @Test
    void segmentsCompileToLiteralsGlobstarsAndPatterns() {
        List<GlobPart> parts = new GlobPattern("src/**/*.js").sets().getFirst();
        assertThat(parts.get(0)).isEqualTo(new GlobPart.Literal("src"));
        assertThat(parts.get(1)).isSameAs(GlobPart.GLOBSTAR);
        GlobPart js = parts.get(2);
        assertThat(js.test("a.js")).isTrue();
        assertThat(js.test(".a.js")).isFalse();
        assertThat(js.test("a.ts")).isFalse();
        assertThat(new GlobPattern("#x").sets().getFirst().getFirst()).isEqualTo(new GlobPart.Literal("#x"));
        assertThat(new GlobPattern("!x").sets().getFirst().getFirst()).isEqualTo(new GlobPart.Literal("!x"));
    }

    @Test
    void namePatterns() {
        assertThat(part("?.js").test("a.js")).isTrue();
        assertThat(part("?.js").test("ab.js")).isFalse();
        assertThat(part("[a-c]x").test("bx")).isTrue();
        assertThat(part("[!a-c]x").test("bx")).isFalse();
        assertThat(part("[!a-c]x").test("dx")).isTrue();
        assertThat(part("[[:upper:]]*").test("Ab")).isTrue();
        assertThat(part("[[:upper:]]*").test("ab")).isFalse();
        assertThat(part("+(a|z).js").test("aaz.js")).isTrue();
        assertThat(part("@(a|z).js").test("aaz.js")).isFalse();
        assertThat(part("!(a).js").test("a.js")).isFalse();
        assertThat(part("!(a).js").test("b.js")).isTrue();
        assertThat(part(".*").test(".git")).isTrue();
        assertThat(part(".*").test("..")).isFalse();
        assertThat(part("*").test(".git")).isFalse();
        assertThat(part("*").test("")).isFalse();
        assertThat(part("[abc").test("[abc")).isTrue();
    }

    @Test
    void wholePathMatchingAsExcludeUsesIt() {
        GlobPattern p = new GlobPattern("/r/lib/**");
        assertThat(p.match("/r/lib")).isFalse();   // the directory itself: only with its trailing slash
        assertThat(p.match("/r/lib/")).isTrue();
        assertThat(p.match("/r/lib/a/b.js")).isTrue();
        assertThat(p.match("/r/lib/.hidden/b.js")).isFalse();
        assertThat(p.match("/r/other")).isFalse();
        GlobPattern dir = new GlobPattern("/r/**/deep");
        assertThat(dir.match("/r/lib/deep")).isTrue();
        assertThat(dir.match("/r/lib/deep/")).isTrue();
        assertThat(new GlobPattern("/r/*/*").match("/r/lib/")).isFalse();
        assertThat(new GlobPattern("/r/*.txt").match("/r/./c.txt")).isTrue();
    }

    @Test
    void posixPathsBehaveAsNodePath() {
        assertThat(PosixPaths.join(".", "a")).isEqualTo("a");
        assertThat(PosixPaths.join("../", "a")).isEqualTo("../a");
        assertThat(PosixPaths.join("/", "a")).isEqualTo("/a");
        assertThat(PosixPaths.join("a", "..")).isEqualTo(".");
        assertThat(PosixPaths.join("/x/y", "")).isEqualTo("/x/y");
        assertThat(PosixPaths.resolve("/cwd", "t", "lib/")).isEqualTo("/cwd/t/lib");
        assertThat(PosixPaths.resolve("/cwd", "/abs", "..")).isEqualTo("/");
        assertThat(PosixPaths.resolve("/cwd", ".", "**/x")).isEqualTo("/cwd/**/x");
        assertThat(PosixPaths.dirname("t/lib/a.js")).isEqualTo("t/lib");
        assertThat(PosixPaths.dirname("a.js")).isEqualTo(".");
        assertThat(PosixPaths.dirname("/a")).isEqualTo("/");
        assertThat(PosixPaths.basename("t/lib/")).isEqualTo("lib");
    }

    private static GlobPart part(String segment) {
        return SegmentCompiler.compile(segment);
    }
}
