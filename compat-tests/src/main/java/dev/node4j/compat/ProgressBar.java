package dev.node4j.compat;

import java.io.PrintStream;

/** A one-line progress bar redrawn on stderr; only used when a terminal is attached. */
final class ProgressBar {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream err;
    private final int total;
    private int done;
    private int failed;
    private long lastDraw;

    ProgressBar(PrintStream err, int total) {
        this.err = err;
        this.total = total;
    }

    /**
     * Only on a terminal: the launcher tells whether stderr is one ({@code -Dnode4j.compat.progress},
     * from {@code test -t 2}); without it, whether the JVM has an interactive console.
     */
    static boolean terminalAttached() {
        String prop = System.getProperty("node4j.compat.progress");
        if (prop != null) return Boolean.parseBoolean(prop);
        java.io.Console c = System.console();
        return c != null && c.isTerminal() && System.getenv("CI") == null;
    }

    synchronized void step(String engine, TestResult r) {
        done++;
        if (r.status().isFailure()) failed++;
        long now = System.nanoTime();
        if (done == total || now - lastDraw > REDRAW_NANOS) {
            lastDraw = now;
            draw(engine + " " + r.test().file());
        }
    }

    static String render(int done, int total, int failed, String label) {
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
        String line = String.format("[%s] %d/%d  failed %d  %s", bar, done, total, failed, label);
        return line.length() > 110 ? line.substring(0, 110) : line;
    }

    private void draw(String label) {
        err.print("\r\u001B[2K" + render(done, total, failed, label));
        err.flush();
    }

    synchronized void finish() {
        err.print("\r\u001B[2K");
        err.flush();
    }
}
