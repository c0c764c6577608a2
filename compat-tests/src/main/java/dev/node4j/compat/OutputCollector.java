package dev.node4j.compat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Drains one output stream of a child process on its own thread, keeping only the tail
 * (so a chatty test cannot exhaust memory) and noting whether any line started with a marker.
 */
final class OutputCollector implements Runnable {

    static final String SKIP_MARKER = "1..0 # Skipped:";

    private final InputStream in;
    private final int keepChars;
    private final StringBuilder tail = new StringBuilder();
    private final StringBuilder lineStart = new StringBuilder();
    private boolean atLineStart = true;
    private volatile boolean sawSkipMarker;
    private final Thread thread;

    OutputCollector(InputStream in, int keepChars, String name) {
        this.in = in;
        this.keepChars = keepChars;
        this.thread = Thread.ofPlatform().daemon().name(name).unstarted(this);
    }

    OutputCollector start() {
        thread.start();
        return this;
    }

    @Override
    public void run() {
        char[] buf = new char[8192];
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            int n;
            while ((n = r.read(buf)) > 0) {
                synchronized (this) {
                    for (int i = 0; i < n; i++) scan(buf[i]);
                    tail.append(buf, 0, n);
                    if (tail.length() > 2 * keepChars) tail.delete(0, tail.length() - keepChars);
                }
            }
        } catch (IOException e) {
            // the stream was closed under us (process killed): keep what we have
        }
    }

    private void scan(char c) {
        if (c == '\n') {
            atLineStart = true;
            lineStart.setLength(0);
            return;
        }
        if (!atLineStart) return;
        lineStart.append(c);
        if (lineStart.length() == SKIP_MARKER.length()) {
            if (lineStart.toString().equals(SKIP_MARKER)) sawSkipMarker = true;
            atLineStart = false;
        } else if (!SKIP_MARKER.startsWith(lineStart.toString())) {
            atLineStart = false;
        }
    }

    /** Waits up to {@code millis} for the stream to end (an orphaned grandchild may hold it open). */
    void await(long millis) {
        try {
            thread.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized String text() {
        int from = Math.max(0, tail.length() - keepChars);
        return tail.substring(from);
    }

    boolean sawSkipMarker() {
        return sawSkipMarker;
    }
}
