package dev.node4j.core;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Phase timestamps since JVM start, and the time each builtin module took to compile and run
 * its facade (nested requires indented, times inclusive), printed once when a traced runtime's
 * program ends.
 */
final class StartupTrace {
    private final boolean on;
    private final List<String> lines = new ArrayList<>();
    private final List<String> builtins = new ArrayList<>();
    private long last = -1;
    private int depth;

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

    boolean on() {
        return on;
    }

    /** A builtin starts loading: returns the start time to hand back to {@link #builtinDone}. */
    long builtinStart() {
        depth++;
        return System.nanoTime();
    }

    void builtinDone(String id, long start) {
        depth--;
        long now = System.nanoTime();
        long micros = (now - start) / 1000;
        long startedAt = ManagementFactory.getRuntimeMXBean().getUptime() - (now - start) / 1_000_000;
        builtins.add(String.format("%s%-" + Math.max(1, 34 - 2 * depth) + "s %7.1f ms  (from %d ms)",
                "  ".repeat(depth), id, micros / 1000.0, startedAt));
    }

    void print(OutputStream err) {
        if (!on || lines.isEmpty()) return;
        PrintStream ps = new PrintStream(err, true, StandardCharsets.UTF_8);
        ps.println("node4j start-up trace (JVM uptime):");
        for (String l : lines) ps.println("  " + l);
        if (!builtins.isEmpty()) {
            // Completion order puts a module after what it required: print parents first.
            ps.println("builtins (compile + first run, inclusive of nested requires; JVM uptime at start):");
            for (String l : reorder(builtins)) ps.println("  " + l);
        }
        lines.clear();
        builtins.clear();
    }

    /** Completion order (children first) to tree order (parent, then its children). */
    private static List<String> reorder(List<String> done) {
        List<String> out = new ArrayList<>();
        place(done, done.size() - 1, -1, out);
        return out;
    }

    /** Emits, in tree order, the entries ending at {@code end} down to the first one at depth {@code <= floor}. */
    private static int place(List<String> done, int end, int floor, List<String> out) {
        List<List<String>> groups = new ArrayList<>();
        int i = end;
        while (i >= 0) {
            int d = indent(done.get(i));
            if (d <= floor) break;
            List<String> group = new ArrayList<>();
            group.add(done.get(i));
            i = place(done, i - 1, d, group);
            groups.add(0, group);
        }
        for (List<String> g : groups) out.addAll(g);
        return i;
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') n++;
        return n / 2;
    }
}
