package dev.node4j.core;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Phase timestamps since JVM start, and the time each builtin module took to compile and run
 * its facade (nested requires indented, times inclusive), printed once when a traced runtime's
 * program ends. Each line also has the CPU time of the running thread, which other processes
 * on a busy machine inflate far less than wall time (it leaves out the JIT and GC threads).
 */
final class StartupTrace {
    private final boolean on;
    private final List<String> lines = new ArrayList<>();
    private final List<String> builtins = new ArrayList<>();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<Long> cpuStarts = new ArrayList<>();
    private final List<Long> compileCpu = new ArrayList<>();   // per open builtin: its own compile
    private long last = -1;
    private long lastCpu;
    private int depth;

    StartupTrace(boolean on) {
        this.on = on;
    }

    void mark(String phase) {
        if (!on) return;
        long t = ManagementFactory.getRuntimeMXBean().getUptime();
        long cpu = threads.getCurrentThreadCpuTime() / 1_000_000;
        if (last < 0) last = 0;
        lines.add(String.format("%-32s %6d ms  (+%d, cpu +%d)", phase, t, t - last, cpu - lastCpu));
        last = t;
        lastCpu = cpu;
    }

    boolean on() {
        return on;
    }

    /** A builtin starts loading: returns the start time to hand back to {@link #builtinDone}. */
    long builtinStart() {
        depth++;
        cpuStarts.add(threads.getCurrentThreadCpuTime());
        compileCpu.add(0L);
        return System.nanoTime();
    }

    /** Thread CPU time now, to time a builtin's compilation (parse) with {@link #compiled}. */
    long cpuNow() {
        return on ? threads.getCurrentThreadCpuTime() : 0;
    }

    /** The builtin being loaded spent the CPU time since {@code cpuStart} compiling its facade. */
    void compiled(long cpuStart) {
        if (!on || compileCpu.isEmpty()) return;
        int i = compileCpu.size() - 1;
        compileCpu.set(i, compileCpu.get(i) + threads.getCurrentThreadCpuTime() - cpuStart);
    }

    void builtinDone(String id, long start) {
        depth--;
        long now = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime() - cpuStarts.remove(cpuStarts.size() - 1);
        long compile = compileCpu.remove(compileCpu.size() - 1);
        long micros = (now - start) / 1000;
        long startedAt = ManagementFactory.getRuntimeMXBean().getUptime() - (now - start) / 1_000_000;
        builtins.add(String.format("%s%-" + Math.max(1, 34 - 2 * depth) + "s %7.1f ms  (cpu %5.1f, compile %4.1f, from %d ms)",
                "  ".repeat(depth), id, micros / 1000.0, cpu / 1e6, compile / 1e6, startedAt));
    }

    void print(OutputStream err) {
        if (!on || lines.isEmpty()) return;
        PrintStream ps = new PrintStream(err, true, StandardCharsets.UTF_8);
        ps.println("node4j start-up trace (JVM uptime):");
        for (String l : lines) ps.println("  " + l);
        if (!builtins.isEmpty()) {
            // Completion order puts a module after what it required: print parents first.
            ps.println("builtins (compile + first run, inclusive of nested requires; thread CPU, of which its own compilation; JVM uptime at start):");
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
