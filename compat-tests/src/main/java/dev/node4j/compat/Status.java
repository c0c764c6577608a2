package dev.node4j.compat;

import java.util.Locale;

/** The outcome of one test on one engine. */
public enum Status {
    PASS, FAIL, TIMEOUT, SKIP;

    /** exit 0 = pass, exit 0 with a {@code 1..0 # Skipped:} line = skip, killed = timeout, else fail. */
    public static Status classify(ProcessResult r) {
        if (r.timedOut()) return TIMEOUT;
        if (r.exitCode() != null && r.exitCode() == 0) return r.skipped() ? SKIP : PASS;
        return FAIL;
    }

    /** A failed or timed-out test. */
    public boolean isFailure() {
        return this == FAIL || this == TIMEOUT;
    }

    /** The spelling used in result files. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
