package dev.node4j.core;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Phase timestamps since JVM start, printed once when a traced runtime's program ends. */
final class StartupTrace {
    private final boolean on;
    private final List<String> lines = new ArrayList<>();
    private long last = -1;

    StartupTrace(boolean on) {
        this.on = on;
    }

    void mark(String phase) {
        if (!on) return;
        long t = ManagementFactory.getRuntimeMXBean().getUptime();
        if (last < 0) last = 0;
        lines.add(String.format("%-32s %6d ms  (+%d)", phase, t, t - last));
        last = t;
    }

    void print(OutputStream err) {
        if (!on || lines.isEmpty()) return;
        PrintStream ps = new PrintStream(err, true, StandardCharsets.UTF_8);
        ps.println("node4j start-up trace (JVM uptime):");
        for (String l : lines) ps.println("  " + l);
        lines.clear();
    }
}
