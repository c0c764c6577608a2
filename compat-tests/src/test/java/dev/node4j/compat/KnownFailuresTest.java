package dev.node4j.compat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KnownFailuresTest {

    private static TestResult result(String file, Status status, String stderr) {
        String module = file.substring(0, file.indexOf('/'));
        return new TestResult(new TestFile(Path.of("/s/" + file), file, module, List.of()), status,
                status == Status.TIMEOUT ? null : status == Status.PASS ? 0 : 1, 1, stderr);
    }

    @Test
    void asResultsStatesListedTestsAsFailingAndTheRestAsPassing() {
        KnownFailures k = KnownFailures.parse("a/test-x.js  # broken on purpose\n", "list");
        TestFile x = new TestFile(java.nio.file.Path.of("a/test-x.js"), "a/test-x.js", "a", java.util.List.of("a.x"));
        TestFile y = new TestFile(java.nio.file.Path.of("a/test-y.js"), "a/test-y.js", "a", java.util.List.of("a.y"));
        var results = k.asResults(java.util.List.of(x, y));
        org.assertj.core.api.Assertions.assertThat(results).extracting(TestResult::status)
                .containsExactly(Status.FAIL, Status.PASS);
        org.assertj.core.api.Assertions.assertThat(results.get(0).stderr()).isEqualTo("broken on purpose");
    }

    @Test
    void aDirectoryOfListsReadsAsOneList(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("fs.txt"), "test/parallel/test-fs-a.js  # no glob\n");
        Files.writeString(dir.resolve("buffer.txt"), "# header\ntest/parallel/test-buffer-b.js  # inspect\n");
        Files.writeString(dir.resolve("notes.md"), "not a list");
        assertThat(KnownFailures.read(dir).entries()).containsExactly(
                Map.entry("test/parallel/test-buffer-b.js", "inspect"),
                Map.entry("test/parallel/test-fs-a.js", "no glob"));
        Files.writeString(dir.resolve("more.txt"), "test/parallel/test-fs-a.js  # again\n");
        assertThatThrownBy(() -> KnownFailures.read(dir)).hasMessageContaining("listed twice");
    }

    @Test
    void parsesEntriesIgnoringBlankAndCommentLines() {
        KnownFailures k = KnownFailures.parse("""
                # header comment

                fs/test-watch.js  # fs.watch is not implemented
                  buffer/test-a.js #   reason with # inside  \r
                """, "kf.txt");
        assertThat(k.entries()).containsExactly(
                Map.entry("fs/test-watch.js", "fs.watch is not implemented"),
                Map.entry("buffer/test-a.js", "reason with # inside"));
    }

    @Test
    void everyEntryNeedsAReasonAndAppearsOnce() {
        assertThatThrownBy(() -> KnownFailures.parse("# ok\nfs/test-a.js\n", "kf.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("kf.txt:2: entry without a reason");
        assertThatThrownBy(() -> KnownFailures.parse("fs/test-a.js  #   \n", "kf.txt"))
                .hasMessageContaining("without a reason");
        assertThatThrownBy(() -> KnownFailures.parse("fs/test-a.js # x\nfs/test-a.js # y\n", "kf.txt"))
                .hasMessageStartingWith("kf.txt:2: fs/test-a.js is listed twice");
        assertThatThrownBy(() -> KnownFailures.parse("fs/test-a.js fs/test-b.js # x\n", "kf.txt"))
                .hasMessageContaining("one test per line");
    }

    @Test
    void missingFilesAreThoseNotInTheSuite(@TempDir Path suite) throws IOException {
        Files.createDirectories(suite.resolve("fs"));
        Files.writeString(suite.resolve("fs/test-a.js"), "");
        KnownFailures k = KnownFailures.parse("fs/test-a.js # x\nfs/test-gone.js # y\n", "kf");
        assertThat(k.missingFiles(suite)).containsExactly("fs/test-gone.js");
    }

    @Test
    void verdictSeparatesRegressionsFromListedTestsThatNowPass() {
        KnownFailures k = KnownFailures.parse("""
                fs/test-listed-fail.js  # a
                fs/test-listed-pass.js  # b
                fs/test-listed-skip.js  # c
                fs/test-not-run.js  # d
                """, "kf");
        KnownFailures.Verdict v = k.judge(List.of(
                result("fs/test-listed-fail.js", Status.FAIL, "x"),
                result("fs/test-listed-pass.js", Status.PASS, ""),
                result("fs/test-listed-skip.js", Status.SKIP, ""),
                result("fs/test-new-fail.js", Status.FAIL, "x"),
                result("fs/test-new-timeout.js", Status.TIMEOUT, ""),
                result("fs/test-ok.js", Status.PASS, "")));
        assertThat(v.regressions()).containsExactly("fs/test-new-fail.js", "fs/test-new-timeout.js");
        assertThat(v.nowPassing()).containsExactly("fs/test-listed-pass.js");
        assertThat(v.exitCode(false)).isEqualTo(1);
        assertThat(v.report()).contains("now passing, remove from known failures: fs/test-listed-pass.js",
                "REGRESSION (fails, not in known failures): fs/test-new-fail.js");

        KnownFailures.Verdict onlyPassing = k.judge(List.of(result("fs/test-listed-pass.js", Status.PASS, "")));
        assertThat(onlyPassing.exitCode(false)).isZero();
        assertThat(onlyPassing.exitCode(true)).isEqualTo(1);
        assertThat(k.judge(List.of(result("fs/test-listed-fail.js", Status.TIMEOUT, ""))).exitCode(true)).isZero();
    }

    @Test
    void rewriteKeepsReasonsGroupsByModuleAndKeepsEntriesForTestsNotRun() {
        KnownFailures k = KnownFailures.parse("""
                fs/test-b.js  # kept reason
                fs/test-fixed.js  # will go
                path/test-not-run.js  # still there
                path/test-deleted.js  # file gone
                """, "kf");
        String text = k.rewrite(List.of(
                result("fs/test-b.js", Status.FAIL, "whatever"),
                result("fs/test-fixed.js", Status.PASS, ""),
                result("fs/test-a.js", Status.FAIL, "\n   TypeError: " + "x".repeat(200) + "\nsecond line"),
                result("buffer/test-t.js", Status.TIMEOUT, ""),
                result("buffer/test-quiet.js", Status.FAIL, "")),
                "node4j", f -> !f.equals("path/test-deleted.js"));
        assertThat(text).startsWith("# Compat tests expected to fail on node4j");
        List<String> entries = text.lines().skip(1).filter(l -> !l.isEmpty()).toList();
        assertThat(entries).containsExactly(
                "# Checked by compat-tests/run --known-failures; rewritten by --write-known-failures.",
                "# buffer",
                "buffer/test-quiet.js  # TODO: exit code 1, no stderr",
                "buffer/test-t.js  # TODO: timed out",
                "# fs",
                "fs/test-a.js  # TODO: TypeError: " + "x".repeat(89),
                "fs/test-b.js  # kept reason",
                "# path",
                "path/test-not-run.js  # still there");
        // what it writes, it reads back
        assertThat(KnownFailures.parse(text, "again").entries().keySet()).containsExactlyInAnyOrderElementsOf(
                Set.of("buffer/test-quiet.js", "buffer/test-t.js", "fs/test-a.js", "fs/test-b.js",
                        "path/test-not-run.js"));
    }
}
