package dev.node4j.compat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The command line. */
final class Options {

    static final String USAGE = """
            usage: compat-tests/run [--engine NAME[=COMMAND]]... [--jobs N] [--timeout SECONDS]
                                    [--out DIR] [--filter SUBSTRING] [--suite DIR]
                                    [--check-reference] [--fail-on-failure]
                                    [--known-failures FILE [--strict-known-failures]]
                                    [--write-known-failures FILE]
                                    [--node-tests --suite NODE_CHECKOUT --modules buffer,fs,...]

              --engine NAME=COMMAND  run on COMMAND (split on spaces, test path appended); repeatable.
                                     A bare NAME picks a built-in: node4j, node, node24, node25, bun,
                                     deno, llrt. Default: every built-in that is present.
              --jobs N               tests run in parallel (default: number of cores)
              --timeout SECONDS      per test; the process tree is killed after it (default 30)
              --out DIR              where <engine>.json goes (default compat-tests/results,
                                     or compat-tests/results/node-parallel with --node-tests)
              --filter SUBSTRING     only tests whose path (relative to the suite) contains it
              --suite DIR            the suite root (default compat-tests/)
              --check-reference      node, node24 and node25 are references: a test failing there is
                                     a BROKEN TEST and the run exits 1
              --fail-on-failure      exit 1 if any test fails on any engine
              --retries N            run a failed or timed-out test up to N more times; the last result counts
              --results-from-known-failures  with --known-failures and one engine: run nothing, write that
                                     engine's result file as the list states it (listed = fail, others = pass);
                                     the matrix snapshot is made from it
              --known-failures FILE  (one engine) FILE lists the tests expected to fail, one
                                     `<module>/<file>.js  # reason` a line. A failure not listed
                                     is a regression: exit 1. Listed tests that pass are printed.
                                     FILE may be a directory: its *.txt lists count as one.
              --strict-known-failures  ... and make listed tests that pass exit 1 too
              --write-known-failures FILE  (one engine) write this run's failures to FILE, keeping
                                     the reasons of entries already there (new ones: TODO: stderr)
              --node-tests           DIR is a checkout of Node's repo: run test/parallel/test-<module>*.js
              --modules LIST         comma-separated modules for --node-tests
            """;

    List<String> engines = new ArrayList<>();
    int jobs = Runtime.getRuntime().availableProcessors();
    int timeoutSeconds = 30;
    int retries;
    boolean resultsFromKnownFailures;
    Path out;
    String filter;
    Path suite;
    boolean checkReference;
    boolean failOnFailure;
    boolean nodeTests;
    Path knownFailures;
    boolean strictKnownFailures;
    Path writeKnownFailures;
    List<String> modules = new ArrayList<>();
    boolean help;

    static Options parse(String... args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String inlineValue = null;
            if (a.startsWith("--") && a.contains("=") && !a.startsWith("--engine=")) {
                inlineValue = a.substring(a.indexOf('=') + 1);
                a = a.substring(0, a.indexOf('='));
            } else if (a.startsWith("--engine=")) {
                inlineValue = a.substring("--engine=".length());
                a = "--engine";
            }
            switch (a) {
                case "--engine" -> o.engines.add(inlineValue != null ? inlineValue : value(args, ++i, a));
                case "--jobs" -> o.jobs = positive(inlineValue != null ? inlineValue : value(args, ++i, a), a);
                case "--timeout" -> o.timeoutSeconds = positive(inlineValue != null ? inlineValue : value(args, ++i, a), a);
                case "--out" -> o.out = Path.of(inlineValue != null ? inlineValue : value(args, ++i, a));
                case "--filter" -> o.filter = inlineValue != null ? inlineValue : value(args, ++i, a);
                case "--suite" -> o.suite = Path.of(inlineValue != null ? inlineValue : value(args, ++i, a));
                case "--modules" -> Arrays.stream((inlineValue != null ? inlineValue : value(args, ++i, a)).split(","))
                        .map(String::strip).filter(s -> !s.isEmpty()).forEach(o.modules::add);
                case "--check-reference" -> o.checkReference = true;
                case "--fail-on-failure" -> o.failOnFailure = true;
                case "--results-from-known-failures" -> o.resultsFromKnownFailures = true;
                case "--retries" -> o.retries = Integer.parseInt(inlineValue != null ? inlineValue : value(args, ++i, a));
                case "--node-tests" -> o.nodeTests = true;
                case "--known-failures" -> o.knownFailures = Path.of(inlineValue != null ? inlineValue : value(args, ++i, a));
                case "--strict-known-failures" -> o.strictKnownFailures = true;
                case "--write-known-failures" ->
                        o.writeKnownFailures = Path.of(inlineValue != null ? inlineValue : value(args, ++i, a));
                case "-h", "--help" -> o.help = true;
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        if (o.nodeTests && o.suite == null) {
            throw new IllegalArgumentException("--node-tests needs --suite <Node checkout>");
        }
        if (o.nodeTests && o.modules.isEmpty()) {
            throw new IllegalArgumentException("--node-tests needs --modules buffer,fs,...");
        }
        if (!o.nodeTests && !o.modules.isEmpty()) {
            throw new IllegalArgumentException("--modules only applies with --node-tests");
        }
        if (o.strictKnownFailures && o.knownFailures == null) {
            throw new IllegalArgumentException("--strict-known-failures needs --known-failures FILE");
        }
        return o;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
        return args[i];
    }

    private static int positive(String v, String option) {
        try {
            int n = Integer.parseInt(v);
            if (n > 0) return n;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(option + " needs a positive whole number, got '" + v + "'");
    }
}
