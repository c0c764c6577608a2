package dev.node4j.compat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@DisabledOnOs(OS.WINDOWS)
class ProcessRunnerTest {

    @Test
    void timeoutKillsTheWholeProcessTree(@TempDir Path dir) throws Exception {
        Path pidFile = dir.resolve("child.pid");
        // The shell starts a grandchild sleeper, records its pid, then sleeps itself.
        String script = "sleep 120 & echo $! > '" + pidFile + "'; sleep 120";
        long t0 = System.nanoTime();
        ProcessResult r = ProcessRunner.run(List.of("sh", "-c", script), dir, Map.of(), Duration.ofSeconds(1));
        long elapsedMs = (System.nanoTime() - t0) / 1_000_000;

        assertThat(r.timedOut()).isTrue();
        assertThat(r.exitCode()).isNull();
        assertThat(Status.classify(r)).isEqualTo(Status.TIMEOUT);
        assertThat(r.durationMs()).isBetween(900L, 10_000L);
        assertThat(elapsedMs).isLessThan(15_000L);

        long childPid = Long.parseLong(Files.readString(pidFile).strip());
        assertThat(waitUntilGone(childPid)).as("grandchild %d still alive", childPid).isTrue();
    }

    private static boolean waitUntilGone(long pid) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            Optional<ProcessHandle> h = ProcessHandle.of(pid);
            if (h.isEmpty() || !h.get().isAlive()) return true;
            Thread.sleep(100);
        }
        return false;
    }

    @Test
    void stdinIsClosed() throws Exception {
        // `cat` would wait forever on an open stdin.
        ProcessResult r = ProcessRunner.run(List.of("cat"), Path.of("."), Map.of(), Duration.ofSeconds(10));
        assertThat(r.timedOut()).isFalse();
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void passesExtraEnvironmentAndWorkingDirectory(@TempDir Path dir) throws Exception {
        ProcessResult r = ProcessRunner.run(List.of("sh", "-c", "echo \"$FOO\"; pwd"), dir,
                Map.of("FOO", "bar"), Duration.ofSeconds(10));
        assertThat(r.stdout().lines().toList()).containsExactly("bar", dir.toRealPath().toString());
    }

    @Test
    void keepsOnlyTheTailOfHugeOutput() throws Exception {
        ProcessResult r = ProcessRunner.run(List.of("sh", "-c", "yes 0123456789 | head -c 1000000; echo END"),
                Path.of("."), Map.of(), Duration.ofSeconds(20));
        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout()).hasSize(ProcessRunner.KEEP_CHARS).endsWith("END\n");
    }

    @Test
    void reportsExitCode() throws Exception {
        ProcessResult r = ProcessRunner.run(List.of("sh", "-c", "exit 7"), Path.of("."), Map.of(), Duration.ofSeconds(10));
        assertThat(r.exitCode()).isEqualTo(7);
        assertThat(r.timedOut()).isFalse();
    }
}
