package dev.node4j.compat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StatusTest {

    private static ProcessResult result(Integer exit, boolean timedOut, boolean skipped) {
        return new ProcessResult(exit, timedOut, skipped, "", "", 5);
    }

    @Test
    void classifiesByExitCodeSkipMarkerAndTimeout() {
        assertThat(Status.classify(result(0, false, false))).isEqualTo(Status.PASS);
        assertThat(Status.classify(result(0, false, true))).isEqualTo(Status.SKIP);
        assertThat(Status.classify(result(1, false, false))).isEqualTo(Status.FAIL);
        assertThat(Status.classify(result(1, false, true))).as("a skip line does not excuse a failure")
                .isEqualTo(Status.FAIL);
        assertThat(Status.classify(result(null, true, false))).isEqualTo(Status.TIMEOUT);
        assertThat(Status.classify(result(null, true, true))).isEqualTo(Status.TIMEOUT);
    }

    @Test
    void jsonSpellingAndFailureFlag() {
        assertThat(List.of(Status.values())).extracting(Status::json)
                .containsExactly("pass", "fail", "timeout", "skip");
        assertThat(Status.FAIL.isFailure()).isTrue();
        assertThat(Status.TIMEOUT.isFailure()).isTrue();
        assertThat(Status.PASS.isFailure()).isFalse();
        assertThat(Status.SKIP.isFailure()).isFalse();
    }

    private static Status runShell(String script) throws Exception {
        ProcessResult r = ProcessRunner.run(List.of("sh", "-c", script), Path.of("."), Map.of(), Duration.ofSeconds(20));
        return Status.classify(r);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void skipMarkerMustStartALineOfStdout() throws Exception {
        assertThat(runShell("echo hello; echo '1..0 # Skipped: no network'")).isEqualTo(Status.SKIP);
        assertThat(runShell("printf '1..0 # Skipped: first line, no newline'")).isEqualTo(Status.SKIP);
        assertThat(runShell("echo 'say 1..0 # Skipped: mid-line'")).isEqualTo(Status.PASS);
        assertThat(runShell("echo '1..0 # Skipped: on stderr' >&2")).isEqualTo(Status.PASS);
        assertThat(runShell("echo '1..0 # Skipped: but failed'; exit 1")).isEqualTo(Status.FAIL);
        assertThat(runShell("exit 3")).isEqualTo(Status.FAIL);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void failingTestKeepsTheLastTwoThousandCharactersOfStderrWithoutColours() throws Exception {
        String script = "i=0; while [ $i -lt 300 ]; do printf 'line %04d\\n' $i >&2; i=$((i+1)); done;"
                + " printf '\\033[31mred end\\033[0m' >&2; exit 2";
        TestFile t = new TestFile(Path.of("x"), "m/test-x.js", "m", List.of());
        TestResult r = TestResult.of(t, ProcessRunner.run(List.of("sh", "-c", script), Path.of("."), Map.of(),
                Duration.ofSeconds(20)));
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).hasSize(TestResult.STDERR_CHARS).endsWith("line 0299\nred end")
                .doesNotContain("\u001B");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void passingTestRecordsNoStderr() throws Exception {
        TestFile t = new TestFile(Path.of("x"), "m/test-x.js", "m", List.of());
        TestResult r = TestResult.of(t, ProcessRunner.run(List.of("sh", "-c", "echo warning >&2"), Path.of("."),
                Map.of(), Duration.ofSeconds(20)));
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(r.stderr()).isEmpty();
    }
}
