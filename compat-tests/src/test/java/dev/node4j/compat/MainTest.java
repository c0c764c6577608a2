package dev.node4j.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** End to end, with `sh` as the engine and shell scripts named test-*.js as the tests. */
@DisabledOnOs(OS.WINDOWS)
class MainTest {

    @TempDir Path repo;
    Path suite;
    Path out;
    String stdout;
    String stderr;

    private void write(String rel, String script) throws IOException {
        Path p = suite.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, script);
    }

    @BeforeEach
    void makeSuite() throws IOException {
        suite = repo.resolve("compat-tests");
        out = repo.resolve("out");
        write("common/index.js", "exit 1\n");
        write("a/test-pass.js", "# covers: nothing.really\nexit 0\n");
        write("a/test-skip.js", "echo '1..0 # Skipped: not here'\n");
        write("b/test-fail.js", "echo boom >&2; exit 1\n");
        write("b/test-env.js", "[ \"$NODE_TEST_KNOWN_GLOBALS\" = 0 ] && [ \"$NODE_SKIP_FLAG_CHECK\" = 1 ]"
                + " && [ \"$(pwd -P)\" = \"" + suite.toRealPath() + "\" ]\n");
        write("b/test-slow.js", "sleep 30\n");
    }

    @Test
    void retriesRerunAFailedTestAndKeepTheLastResult() throws IOException {
        // Fails on its first run only (leaves a marker in the suite root, the runner's cwd).
        write("c/test-flaky.js", "if [ -f flaky.marker ]; then exit 0; fi; touch flaky.marker; exit 1\n");
        Path out = repo.resolve("out-retry");
        assertThat(run("--engine", "fake=sh", "--filter", "c/test-flaky", "--out", out.toString(),
                "--fail-on-failure")).isEqualTo(1);
        Files.deleteIfExists(suite.resolve("flaky.marker"));
        assertThat(run("--engine", "fake=sh", "--filter", "c/test-flaky", "--out", out.toString(),
                "--fail-on-failure", "--retries", "1")).isZero();
        assertThat(lastLine(stdout)).isEqualTo("1 passed, 0 failed");
    }

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(args, suite, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        stdout = o.toString(StandardCharsets.UTF_8);
        stderr = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void runsEveryTestWritesResultsAndEndsWithTheTotals() throws IOException {
        int code = run("--engine", "fake=sh", "--engine", "absent=/no/such/engine", "--timeout", "1",
                "--jobs", "4", "--out", out.toString());

        assertThat(code).as(stdout + stderr).isZero();
        assertThat(lastLine(stdout)).isEqualTo("2 passed, 2 failed, 1 skipped");
        assertThat(stderr).contains("absent: not present (/no/such/engine), skipped");
        assertThat(stdout).contains("FAIL    fake  b/test-fail.js").contains("TIMEOUT fake  b/test-slow.js");
        assertThat(out.resolve("absent.json")).doesNotExist();

        JsonNode root = new ObjectMapper().readTree(out.resolve("fake.json").toFile());
        assertThat(root.get("engine").asText()).isEqualTo("fake");
        assertThat(root.get("command").asText()).isEqualTo("sh");
        assertThat(root.get("suite").asText()).isEqualTo("compat-tests");
        assertThat(root.get("tests")).extracting(t -> t.get("file").asText() + "=" + t.get("status").asText())
                .containsExactly("a/test-pass.js=pass", "a/test-skip.js=skip", "b/test-env.js=pass",
                        "b/test-fail.js=fail", "b/test-slow.js=timeout");
        assertThat(root.get("tests").get(3).get("stderr").asText()).isEqualTo("boom\n");
        assertThat(root.get("tests").get(4).get("exitCode").isNull()).isTrue();
    }

    @Test
    void failOnFailureMakesFailuresFatal() {
        assertThat(run("--engine", "fake=sh", "--filter", "b/test-fail", "--out", out.toString())).isZero();
        assertThat(run("--engine", "fake=sh", "--filter", "b/test-fail", "--out", out.toString(),
                "--fail-on-failure")).isEqualTo(1);
        assertThat(lastLine(stdout)).isEqualTo("0 passed, 1 failed");
        assertThat(run("--engine", "fake=sh", "--filter", "a/", "--out", out.toString(),
                "--fail-on-failure")).isZero();
    }

    @Test
    void checkReferenceReportsTestsThatFailOnNode() {
        int code = run("--engine", "node24=sh", "--engine", "other=sh", "--filter", "b/test-fail",
                "--out", out.toString(), "--check-reference");
        assertThat(code).isEqualTo(1);
        assertThat(stdout).contains("BROKEN TEST (fails on real Node): b/test-fail.js [node24 ");
        assertThat(stdout).doesNotContain("FAIL    node24").contains("FAIL    other  b/test-fail.js");
        assertThat(lastLine(stdout)).isEqualTo("0 passed, 2 failed");

        assertThat(run("--engine", "node24=sh", "--filter", "a/test-pass", "--out", out.toString(),
                "--check-reference")).isZero();
    }

    @Test
    void runnerProblemsExitWithTwo() {
        assertThat(run("--engine", "fake=sh", "--check-reference", "--out", out.toString())).isEqualTo(2);
        assertThat(stderr).contains("reference engine");
        assertThat(run("--engine", "fake=sh", "--filter", "no-such-test", "--out", out.toString())).isEqualTo(2);
        assertThat(stderr).contains("no tests found");
        assertThat(run("--engine", "absent=/no/such/engine", "--out", out.toString())).isEqualTo(2);
        assertThat(run("--what")).isEqualTo(2);
        assertThat(stderr).contains("usage:");
        assertThat(run("--help")).isZero();
        assertThat(stdout).contains("--engine NAME=COMMAND");
    }

    @Test
    void nodeTestsSuiteIsFiledUnderNodeParallel() throws IOException {
        Path node = repo.resolve("node");
        Files.createDirectories(node.resolve("test/common"));
        Files.createDirectories(node.resolve("test/parallel"));
        Files.writeString(node.resolve("test/parallel/test-fs-a.js"), "exit 0\n");
        Files.writeString(node.resolve("test/parallel/test-fs-b.js"), "exit 1\n");
        Files.writeString(node.resolve("test/parallel/test-fsx.js"), "exit 1\n");
        Files.writeString(node.resolve("test/parallel/test-net-a.js"), "exit 1\n");
        int code = run("--node-tests", "--suite", node.toString(), "--modules", "fs",
                "--engine", "node25=sh", "--engine", "node4j=sh", "--out", out.toString());
        assertThat(code).isZero();
        assertThat(stdout).contains("1/2 (50%)").contains("Over the 1 files that pass on node25:");
        JsonNode root = new ObjectMapper().readTree(out.resolve("node4j.json").toFile());
        assertThat(root.get("suite").asText()).isEqualTo("node-parallel");
        assertThat(root.get("tests")).extracting(t -> t.get("module").asText() + ":" + t.get("file").asText())
                .containsExactly("fs:test/parallel/test-fs-a.js", "fs:test/parallel/test-fs-b.js");
    }

    @Test
    void knownFailuresTurnOnlyUnlistedFailuresIntoExitOne() throws IOException {
        Path list = repo.resolve("known.txt");
        Files.writeString(list, "# expected\nb/test-fail.js  # boom is expected\n");
        assertThat(run("--engine", "fake=sh", "--filter", "b/test-fail", "--out", out.toString(),
                "--known-failures", list.toString())).isZero();
        assertThat(stdout).contains("0 regression(s)");

        Files.writeString(list, "a/test-pass.js  # was broken\n");
        assertThat(run("--engine", "fake=sh", "--filter", "test-", "--timeout", "1", "--out", out.toString(),
                "--known-failures", list.toString())).isEqualTo(1);
        assertThat(stdout).contains("REGRESSION (fails, not in known failures): b/test-fail.js")
                .contains("REGRESSION (fails, not in known failures): b/test-slow.js")
                .contains("now passing, remove from known failures: a/test-pass.js");
        assertThat(lastLine(stdout)).isEqualTo("2 passed, 2 failed, 1 skipped");

        assertThat(run("--engine", "fake=sh", "--filter", "a/test-pass", "--out", out.toString(),
                "--known-failures", list.toString())).isZero();
        assertThat(run("--engine", "fake=sh", "--filter", "a/test-pass", "--out", out.toString(),
                "--known-failures", list.toString(), "--strict-known-failures")).isEqualTo(1);
    }

    @Test
    void badKnownFailureListsExitWithTwoBeforeRunning() throws IOException {
        Path list = repo.resolve("known.txt");
        Files.writeString(list, "b/test-fail.js\n");
        assertThat(run("--engine", "fake=sh", "--out", out.toString(), "--known-failures", list.toString()))
                .isEqualTo(2);
        assertThat(stderr).contains("entry without a reason");
        Files.writeString(list, "b/test-gone.js  # renamed\n");
        assertThat(run("--engine", "fake=sh", "--out", out.toString(), "--known-failures", list.toString()))
                .isEqualTo(2);
        assertThat(stderr).contains("do not exist").contains("b/test-gone.js");
        assertThat(out.resolve("fake.json")).doesNotExist();
        assertThat(run("--engine", "fake=sh", "--engine", "other=sh", "--out", out.toString(),
                "--write-known-failures", list.toString())).isEqualTo(2);
        assertThat(stderr).contains("one engine");
        assertThat(run("--engine", "fake=sh", "--strict-known-failures")).isEqualTo(2);
    }

    @Test
    void writeKnownFailuresListsThisRunsFailuresKeepingReasons() throws IOException {
        Path list = repo.resolve("known.txt");
        Files.writeString(list, "b/test-fail.js  # boom is expected\na/test-pass.js  # fixed since\n");
        assertThat(run("--engine", "fake=sh", "--timeout", "1", "--out", out.toString(),
                "--write-known-failures", list.toString())).isZero();
        assertThat(Files.readString(list)).contains("\n# b\nb/test-fail.js  # boom is expected\n"
                + "b/test-slow.js  # TODO: timed out\n").doesNotContain("a/test-pass.js");
        assertThat(run("--engine", "fake=sh", "--timeout", "1", "--out", out.toString(),
                "--known-failures", list.toString(), "--strict-known-failures")).isZero();
    }
}
