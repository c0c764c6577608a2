package dev.node4j.compat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The list of tests an engine is expected to fail ({@code compat-tests/node4j-known-failures.txt}):
 * one {@code <module>/<file>.js  # reason} per line; blank lines and {@code #} comment lines are
 * allowed, and every entry must give a reason. The run is judged against it: a failure that is
 * not listed is a regression; a listed test that passes should be removed from the list.
 *
 * @param entries file (relative to the suite root) to reason, in file order
 */
public record KnownFailures(Map<String, String> entries) {

    public KnownFailures {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** Parses the list; a malformed line (no reason, a duplicate, a path with spaces) is an IllegalArgumentException. */
    public static KnownFailures parse(String text, String source) {
        Map<String, String> entries = new LinkedHashMap<>();
        String[] lines = text.split("\\r?\\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String where = source + ":" + (i + 1) + ": ";
            int hash = line.indexOf('#');
            String file = (hash < 0 ? line : line.substring(0, hash)).strip();
            String reason = hash < 0 ? "" : line.substring(hash + 1).strip();
            if (reason.isEmpty()) {
                throw new IllegalArgumentException(where + "entry without a reason (write `" + file + "  # why it fails`)");
            }
            if (file.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException(where + "one test per line, got '" + file + "'");
            }
            if (entries.putIfAbsent(file.replace('\\', '/'), reason) != null) {
                throw new IllegalArgumentException(where + file + " is listed twice");
            }
        }
        return new KnownFailures(entries);
    }

    /** One list, or a directory of lists ({@code *.txt}, e.g. one per module) read as one. */
    public static KnownFailures read(Path file) throws IOException {
        if (!Files.isDirectory(file)) return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        Map<String, String> all = new LinkedHashMap<>();
        List<Path> lists;
        try (var s = Files.list(file)) {
            lists = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        for (Path list : lists) {
            for (var e : read(list).entries().entrySet()) {
                if (all.putIfAbsent(e.getKey(), e.getValue()) != null) {
                    throw new IllegalArgumentException(list + ": " + e.getKey() + " is listed twice in " + file);
                }
            }
        }
        return new KnownFailures(all);
    }

    /** Listed files that are not in the suite (a renamed or deleted test). */
    public List<String> missingFiles(Path suiteRoot) {
        return entries.keySet().stream().filter(f -> !Files.isRegularFile(suiteRoot.resolve(f))).toList();
    }

    /**
     * The run judged against the list.
     *
     * @param regressions failing or timed-out tests that are not listed
     * @param nowPassing  listed tests that passed in this run
     */
    public record Verdict(List<String> regressions, List<String> nowPassing) {

        /** 1 for regressions (or, when strict, for listed tests that pass), else 0. */
        public int exitCode(boolean strict) {
            return !regressions.isEmpty() || (strict && !nowPassing.isEmpty()) ? 1 : 0;
        }

        public List<String> report() {
            List<String> lines = new ArrayList<>();
            regressions.forEach(f -> lines.add("REGRESSION (fails, not in known failures): " + f));
            nowPassing.forEach(f -> lines.add("now passing, remove from known failures: " + f));
            return lines;
        }
    }

    /** Tests that were not run (another --filter) are neither regressions nor passing. */
    /**
     * The results this list states, without running anything: listed tests fail (with their
     * reason as the stderr excerpt), every other test passes. The matrix snapshot is built from
     * these, so it depends only on what is committed, never on one run's timing.
     */
    public List<TestResult> asResults(List<TestFile> tests) {
        List<TestResult> out = new java.util.ArrayList<>();
        for (TestFile t : tests) {
            String reason = entries.get(t.file());
            out.add(reason == null ? new TestResult(t, Status.PASS, 0, 0, "")
                    : new TestResult(t, Status.FAIL, 1, 0, reason));
        }
        return out;
    }

    public Verdict judge(List<TestResult> results) {
        List<String> regressions = new ArrayList<>();
        List<String> nowPassing = new ArrayList<>();
        for (TestResult t : results) {
            String f = t.test().file();
            if (t.status().isFailure() && !entries.containsKey(f)) regressions.add(f);
            if (t.status() == Status.PASS && entries.containsKey(f)) nowPassing.add(f);
        }
        return new Verdict(regressions, nowPassing);
    }

    /**
     * The list after a run: this run's failures plus the entries for tests that did not run and
     * still exist, grouped by module; existing reasons are kept, new entries get
     * {@code TODO: <first line of stderr>}.
     */
    public String rewrite(List<TestResult> results, String engine, Predicate<String> stillExists) {
        Set<String> ran = new TreeSet<>();
        Map<String, Map<String, String>> byModule = new TreeMap<>();
        for (TestResult t : results) {
            ran.add(t.test().file());
            if (!t.status().isFailure()) continue;
            String reason = entries.getOrDefault(t.test().file(), todoReason(t));
            byModule.computeIfAbsent(t.test().module(), m -> new TreeMap<>()).put(t.test().file(), reason);
        }
        entries.forEach((file, reason) -> {
            if (!ran.contains(file) && stillExists.test(file)) {
                String module = file.contains("/") ? file.substring(0, file.indexOf('/')) : "";
                byModule.computeIfAbsent(module, m -> new TreeMap<>()).put(file, reason);
            }
        });
        StringBuilder sb = new StringBuilder();
        sb.append("# Compat tests expected to fail on ").append(engine).append(": `<module>/<file>.js  # reason`.\n");
        sb.append("# Checked by compat-tests/run --known-failures; rewritten by --write-known-failures.\n");
        byModule.forEach((module, files) -> {
            sb.append("\n# ").append(module).append('\n');
            files.forEach((file, reason) -> sb.append(file).append("  # ").append(reason).append('\n'));
        });
        return sb.toString();
    }

    /** {@code TODO: } and the first non-blank stderr line, at most 100 characters. */
    static String todoReason(TestResult t) {
        String first = t.stderr().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                .orElse(t.status() == Status.TIMEOUT ? "timed out" : "exit code " + t.exitCode() + ", no stderr");
        if (first.length() > 100) first = first.substring(0, 100).strip();
        return "TODO: " + first;
    }
}
