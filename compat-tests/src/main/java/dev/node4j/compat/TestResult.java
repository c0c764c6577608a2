package dev.node4j.compat;

import java.util.regex.Pattern;

/** One test's outcome on one engine, as written to the result file. */
public record TestResult(TestFile test, Status status, Integer exitCode, long durationMs, String stderr) {

    /** How much stderr a failing test keeps in the result file. */
    static final int STDERR_CHARS = 2_000;
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;?]*[ -/]*[@-~]");

    public static TestResult of(TestFile test, ProcessResult r) {
        Status status = Status.classify(r);
        String stderr = status.isFailure() ? lastChars(stripAnsi(r.stderr()), STDERR_CHARS) : "";
        return new TestResult(test, status, r.exitCode(), r.durationMs(), stderr);
    }

    /** The runner itself could not start the engine: recorded as a failure with the reason. */
    public static TestResult notRun(TestFile test, String reason) {
        return new TestResult(test, Status.FAIL, null, 0, lastChars(reason, STDERR_CHARS));
    }

    static String stripAnsi(String s) {
        return ANSI.matcher(s).replaceAll("");
    }

    static String lastChars(String s, int n) {
        return s.length() <= n ? s : s.substring(s.length() - n);
    }
}
