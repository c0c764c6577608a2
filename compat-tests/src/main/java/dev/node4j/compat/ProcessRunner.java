package dev.node4j.compat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starts a command with closed stdin, captures its output, and kills its process tree on timeout. */
public final class ProcessRunner {

    /** How much of each output stream is kept. */
    static final int KEEP_CHARS = 16_000;
    /** How long to wait for output pipes to close after the process has exited. */
    private static final long DRAIN_MILLIS = 2_000;

    private ProcessRunner() {}

    public static ProcessResult run(List<String> command, Path cwd, Map<String, String> extraEnv,
                                    Duration timeout) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().putAll(extraEnv);
        long start = System.nanoTime();
        Process p = pb.start();
        p.getOutputStream().close();   // stdin: immediate EOF
        OutputCollector out = new OutputCollector(p.getInputStream(), KEEP_CHARS, "stdout-" + p.pid()).start();
        OutputCollector err = new OutputCollector(p.getErrorStream(), KEEP_CHARS, "stderr-" + p.pid()).start();
        boolean finished;
        try {
            finished = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            killTree(p);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command, e);
        }
        long durationMs = (System.nanoTime() - start) / 1_000_000;
        if (!finished) {
            killTree(p);
            try {
                p.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        out.await(DRAIN_MILLIS);
        err.await(DRAIN_MILLIS);
        return new ProcessResult(finished ? p.exitValue() : null, !finished, out.sawSkipMarker(),
                out.text(), err.text(), durationMs);
    }

    /** Kills the process and every descendant (children first are snapshotted, then all are killed). */
    static void killTree(Process p) {
        List<ProcessHandle> descendants = p.descendants().toList();
        p.toHandle().destroyForcibly();
        for (ProcessHandle h : descendants) h.destroyForcibly();
        // A child may have forked between the snapshot and the kill: one more sweep.
        for (ProcessHandle h : descendants) h.descendants().forEach(ProcessHandle::destroyForcibly);
    }
}
