package dev.node4j.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.node4j.core.NodeRuntime;

/** The .env parser against what Node 25.8.1 gives for the same texts (util.parseEnv). */
class DotEnvTest {
    @Test
    void plainQuotedAndExportedValues() {
        assertThat(DotEnv.parse("# heading\nPLAIN=one two \nDQ=\"a b\"\nSQ='c # d'\nBT=`e`\nexport  EX=f\nEMPTY=\n"))
            .containsExactly(entry("BT", "e"), entry("DQ", "a b"), entry("EMPTY", ""), entry("EX", "f"),
                entry("PLAIN", "one two"), entry("SQ", "c # d"));
    }

    @Test
    void commentsEndPlainValuesOnly() {
        assertThat(DotEnv.parse("A=x # note\nB=\"y # kept\" # gone")).containsExactly(entry("A", "x"), entry("B", "y # kept"));
    }

    @Test
    void doubleQuotesExpandNewlinesAndSpanLines() {
        assertThat(DotEnv.parse("A=\"1\\n2\"\nB='3\\n4'\nC=\"multi\nline\" tail\nD=5"))
            .containsExactly(entry("A", "1\n2"), entry("B", "3\\n4"), entry("C", "multi\nline"), entry("D", "5"));
    }

    @Test
    void unmatchedQuoteKeepsTheLine() {
        assertThat(DotEnv.parse("A=\"x\nB=2\nC='y")).containsExactly(entry("A", "\"x"), entry("B", "2"), entry("C", "'y"));
    }

    @Test
    void lastAssignmentWinsAndKeysAreSorted() {
        Map<String, String> env = DotEnv.parse("B=1\nA=2\nB=3\n\u00e9=4\nZ=5");
        assertThat(env).containsExactly(entry("A", "2"), entry("B", "3"), entry("Z", "5"), entry("\u00e9", "4"));
    }

    @Test
    void carriageReturnsAndBlanksAreDropped() {
        assertThat(DotEnv.parse("  A = 1 \r\nB=\t2\t\r\n\r\n")).containsExactly(entry("A", "1"), entry("B", "2"));
    }

    @Test
    void linesWithoutEqualsOrKeyAreSkipped() {
        assertThat(DotEnv.parse("[section]\nnothing here\n=v\nK=a=b")).containsExactly(entry("K", "a=b"));
        assertThat(DotEnv.parse("")).isEmpty();
    }

    @Test
    void nodeQuirksKept() {
        // An empty value keeps an empty key and the export prefix; a comment after blanks is a key.
        assertThat(DotEnv.parse("=\nexport X=\n  # c=1")).containsExactly(entry("", ""), entry("# c", "1"),
            entry("export X", ""));
    }

    @Test
    void flatFormForJs() {
        assertThat(DotEnv.parseFlat("B=2\nA=1")).containsExactly("A", "1", "B", "2");
    }

    @Test
    void loadEnvFileReadsDotEnvInCwdWithoutOverwriting(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".env"), "N4J_DOTENV_A=from-file\nN4J_DOTENV_B=\"b\"\n");
        String out = run(dir, "process.env.N4J_DOTENV_A = 'kept'; process.loadEnvFile();"
            + "[process.env.N4J_DOTENV_A, process.env.N4J_DOTENV_B, process.loadEnvFile.length].join(' ')");
        assertThat(out).isEqualTo("kept b 0");
    }

    @Test
    void loadEnvFileErrors(@TempDir Path dir) throws Exception {
        Files.createDirectory(dir.resolve(".env"));
        String out = run(dir, "try { process.loadEnvFile(); } catch (e) { e.name + ' ' + e.code + ' ' + e.message }");
        assertThat(out).isEqualTo("TypeError ERR_INVALID_ARG_TYPE Contents of '.env' should be a valid string.");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        out = run(empty, "try { process.loadEnvFile(null); } catch (e) {"
            + " [e.code, e.errno, e.syscall, e.path, e.message].join('|') }");
        assertThat(out).isEqualTo("ENOENT|-2|open|.env|ENOENT: no such file or directory, open '.env'");
    }

    /** The value of {@code code} as a string, evaluated in a runtime whose cwd is {@code cwd}. */
    private static String run(Path cwd, String code) {
        try (NodeRuntime node = NodeRuntime.builder().cwd(cwd).build()) {
            return node.eval(code).asString();
        }
    }
}
