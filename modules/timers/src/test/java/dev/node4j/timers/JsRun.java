package dev.node4j.timers;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import dev.node4j.core.NodeRuntime;

/** Runs a program as {@code node -e} (event loop included) and keeps what it printed. */
record JsRun(int exit, String out, String err, long millis) {
    /** Prepended to every program: {@code w(s)} writes one line to stdout. */
    static final String PRELUDE = "const w = (s) => process.stdout.write(String(s) + '\\n');\n";

    static JsRun of(String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long start = System.nanoTime();
        int exit;
        try (NodeRuntime node = NodeRuntime.builder().stdout(out).stderr(err).build()) {
            exit = node.runEval(PRELUDE + code, false);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new JsRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), millis);
    }

    /** stderr with the process id of warnings replaced, so it compares with Node's text. */
    String errWithoutPid() {
        return err.replaceAll("\\(node:\\d+\\)", "(node:PID)");
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
