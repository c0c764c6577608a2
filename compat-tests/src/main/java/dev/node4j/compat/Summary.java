package dev.node4j.compat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/** The end-of-run report: a module x engine table and the totals line. */
public final class Summary {

    private Summary() {}

    /** passed/total per module and engine (skips count in the total, not as passes). */
    public static String table(List<EngineRun> runs, boolean withPercent) {
        Set<String> modules = new TreeSet<>();
        runs.forEach(r -> r.results().forEach(t -> modules.add(t.test().module())));
        List<String> header = new ArrayList<>();
        header.add("module");
        runs.forEach(r -> header.add(r.engine().name()));
        List<List<String>> rows = new ArrayList<>();
        for (String m : modules) {
            List<String> row = new ArrayList<>();
            row.add(m);
            for (EngineRun r : runs) row.add(cell(r.results(), t -> t.test().module().equals(m), withPercent));
            rows.add(row);
        }
        if (modules.size() > 1) {
            List<String> row = new ArrayList<>();
            row.add("all");
            for (EngineRun r : runs) row.add(cell(r.results(), t -> true, withPercent));
            rows.add(row);
        }
        return format(header, rows);
    }

    /**
     * For Node's own tests: pass rates of the other engines over only the files that pass on the
     * reference engine (Node's suite has tests that need a build of Node, not a release binary).
     */
    public static Optional<String> referenceRelativeTable(List<EngineRun> runs) {
        Optional<EngineRun> ref = runs.stream().filter(r -> r.engine().name().equals("node25")).findFirst()
                .or(() -> runs.stream().filter(r -> r.engine().isReference()).findFirst());
        if (ref.isEmpty()) return Optional.empty();
        Set<String> passingOnRef = new HashSet<>();
        ref.get().results().stream().filter(t -> t.status() == Status.PASS)
                .forEach(t -> passingOnRef.add(t.test().file()));
        List<EngineRun> others = runs.stream().filter(r -> r != ref.get()).toList();
        if (others.isEmpty()) return Optional.empty();
        List<EngineRun> filtered = others.stream().map(r -> new EngineRun(r.engine(), r.version(), r.platform(),
                r.date(), r.suite(), r.results().stream()
                        .filter(t -> passingOnRef.contains(t.test().file())).toList())).toList();
        return Optional.of("Over the " + passingOnRef.size() + " files that pass on " + ref.get().engine().name()
                + ":\n" + table(filtered, true));
    }

    /** Tests that fail on a reference engine: the test is wrong, not the engine. */
    public static List<String> brokenTests(List<EngineRun> runs) {
        List<String> lines = new ArrayList<>();
        for (EngineRun r : runs) {
            if (!r.engine().isReference()) continue;
            for (TestResult t : r.results()) {
                if (t.status().isFailure()) {
                    lines.add("BROKEN TEST (fails on real Node): " + t.test().file() + " [" + r.engine().name()
                            + " " + r.version() + ", " + t.status().json() + "]");
                }
            }
        }
        return lines;
    }

    /** The very last line of the output: {@code N passed, N failed, N skipped} (timeouts are failures). */
    public static String totalsLine(List<EngineRun> runs) {
        long passed = 0, failed = 0, skipped = 0;
        for (EngineRun r : runs) {
            passed += r.count(Status.PASS);
            failed += r.failures();
            skipped += r.count(Status.SKIP);
        }
        return passed + " passed, " + failed + " failed" + (skipped > 0 ? ", " + skipped + " skipped" : "");
    }

    /** One line per engine, for runs without a progress bar. */
    public static String engineLine(EngineRun r, long elapsedMs) {
        return String.format(Locale.ROOT, "%s (%s): %d passed, %d failed, %d timed out, %d skipped in %.1f s",
                r.engine().name(), r.version(), r.count(Status.PASS), r.count(Status.FAIL),
                r.count(Status.TIMEOUT), r.count(Status.SKIP), elapsedMs / 1000.0);
    }

    private static String cell(List<TestResult> results, Predicate<TestResult> in, boolean withPercent) {
        long total = results.stream().filter(in).count();
        long passed = results.stream().filter(in).filter(t -> t.status() == Status.PASS).count();
        if (total == 0) return "-";
        String s = passed + "/" + total;
        return withPercent ? s + String.format(Locale.ROOT, " (%d%%)", Math.round(100.0 * passed / total)) : s;
    }

    static String format(List<String> header, List<List<String>> rows) {
        int[] width = new int[header.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) width[i] = Math.max(width[i], row.get(i).length());
        }
        StringBuilder sb = new StringBuilder();
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                String c = row.get(i);
                if (i == 0) sb.append(c).append(" ".repeat(width[i] - c.length()));
                else sb.append("  ").append(" ".repeat(width[i] - c.length())).append(c);
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
