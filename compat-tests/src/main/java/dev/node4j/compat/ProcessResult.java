package dev.node4j.compat;

/**
 * How a child process ended.
 *
 * @param exitCode      the exit code, or null when it was killed for running too long
 * @param timedOut      whether the timeout killed it
 * @param skipped       whether stdout had a line starting with {@code 1..0 # Skipped:}
 * @param stdout        the tail of stdout
 * @param stderr        the tail of stderr
 * @param durationMs    wall-clock time from start to exit
 */
public record ProcessResult(Integer exitCode, boolean timedOut, boolean skipped,
                            String stdout, String stderr, long durationMs) {}
