package dev.node4j.compat;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The compat-test runner: runs compat-tests/<module>/test-*.js (or Node's own test/parallel) on
 * several engines, writes results/<engine>.json and prints a module x engine summary.
 * Exit status: 0 = ran; 1 = a broken test under --check-reference, or any failure with
 * --fail-on-failure, or a regression against --known-failures; 2 = the runner could not do its job (bad arguments, no tests, no engine).
 */
public final class Main {

    /** How many failing files are listed per engine. */
    private static final int MAX_LISTED_FAILURES = 40;

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, compatRoot(), System.out, System.err));
    }

    /** compat-tests/: from the launcher's -Dnode4j.compat.root, else found from the working directory. */
    static Path compatRoot() {
        String prop = System.getProperty("node4j.compat.root");
        if (prop != null) return Path.of(prop).toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        if (Files.isDirectory(cwd.resolve("compat-tests/common"))) return cwd.resolve("compat-tests");
        return cwd;
    }

    static int run(String[] args, Path compatRoot, PrintStream out, PrintStream err) {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("compat-tests/run: " + e.getMessage());
            err.print(Options.USAGE);
            return 2;
        }
        if (o.help) {
            out.print(Options.USAGE);
            return 0;
        }
        try {
            return run(o, compatRoot, out, err);
        } catch (IllegalArgumentException | IOException e) {
            err.println("compat-tests/run: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("compat-tests/run: internal error");
            e.printStackTrace(err);
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("compat-tests/run: interrupted");
            return 2;
        }
    }

    private static int run(Options o, Path compatRoot, PrintStream out, PrintStream err)
            throws IOException, InterruptedException {
        Path repoRoot = compatRoot.getParent() != null ? compatRoot.getParent() : compatRoot;
        Path suiteRoot = (o.suite != null ? o.suite : compatRoot).toAbsolutePath().normalize();
        if (!Files.isDirectory(suiteRoot)) throw new IOException("no such suite directory: " + suiteRoot);
        String suiteName = o.nodeTests ? "node-parallel" : "compat-tests";
        Path outDir = (o.out != null ? o.out
                : o.nodeTests ? compatRoot.resolve("results/node-parallel") : compatRoot.resolve("results"))
                .toAbsolutePath().normalize();

        List<TestFile> tests = o.nodeTests
                ? TestDiscovery.nodeParallel(suiteRoot, o.modules, o.filter)
                : TestDiscovery.compatSuite(suiteRoot, o.filter);
        if (tests.isEmpty()) {
            throw new IOException("no tests found in " + suiteRoot
                    + (o.filter != null ? " matching '" + o.filter + "'" : ""));
        }

        List<EngineSpec> engines = selectEngines(o, repoRoot, err);
        if (engines.isEmpty()) throw new IOException("none of the engines is present");
        if (o.checkReference && engines.stream().noneMatch(EngineSpec::isReference)) {
            throw new IOException("--check-reference needs a reference engine (node, node24 or node25) present");
        }

        boolean knownFailureMode = o.knownFailures != null || o.writeKnownFailures != null;
        if (knownFailureMode && engines.size() != 1) {
            throw new IllegalArgumentException("--known-failures / --write-known-failures apply to one engine; "
                    + engines.size() + " are selected and present");
        }
        KnownFailures known = null;
        if (o.knownFailures != null) {
            known = KnownFailures.read(o.knownFailures);   // checked before the run: a bad list wastes no time
            List<String> missing = known.missingFiles(suiteRoot);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException(o.knownFailures + " lists tests that do not exist in " + suiteRoot
                        + ": " + String.join(", ", missing));
            }
        }
        KnownFailures toRewrite = o.writeKnownFailures == null ? null
                : Files.exists(o.writeKnownFailures) ? KnownFailures.read(o.writeKnownFailures)
                : new KnownFailures(Map.of());

        if (o.resultsFromKnownFailures) {
            if (known == null) throw new IllegalArgumentException("--results-from-known-failures needs --known-failures FILE");
            EngineSpec e = engines.get(0);
            EngineRun stated = new EngineRun(e, Executor.probeVersion(e, suiteRoot), ResultWriter.platform(),
                    java.time.Instant.now(), suiteName, known.asResults(tests));
            Path written = ResultWriter.write(outDir, stated);
            out.println("wrote " + e.name() + "'s results as " + o.knownFailures + " states them: "
                    + stated.count(Status.PASS) + " passed, " + stated.failures() + " failed -> " + relativeToCwd(written));
            return 0;
        }

        Map<String, String> versions = new LinkedHashMap<>();
        for (EngineSpec e : engines) versions.put(e.name(), Executor.probeVersion(e, suiteRoot));
        err.println("Running " + tests.size() + " tests on " + engines.size() + " engine(s) " + versions
                + ", " + o.jobs + " at a time, timeout " + o.timeoutSeconds + " s");

        ProgressBar bar = ProgressBar.terminalAttached() ? new ProgressBar(err, tests.size() * engines.size()) : null;
        Executor executor = new Executor(suiteRoot, o.jobs, Duration.ofSeconds(o.timeoutSeconds), suiteName, o.retries);
        List<Executor.Outcome> outcomes = executor.run(engines, versions, tests, (engine, r) -> {
            if (bar != null) bar.step(engine.name(), r);
        });
        if (bar != null) bar.finish();

        List<EngineRun> runs = outcomes.stream().map(Executor.Outcome::run).toList();
        for (Executor.Outcome oc : outcomes) {
            Path written = ResultWriter.write(outDir, oc.run());
            out.println(Summary.engineLine(oc.run(), oc.elapsedMs()) + "  -> " + relativeToCwd(written));
        }
        out.println();
        listFailures(runs, o.checkReference, out);
        out.print(Summary.table(runs, o.nodeTests));
        if (o.nodeTests) Summary.referenceRelativeTable(runs).ifPresent(t -> out.print("\n" + t));

        int status = 0;
        if (o.checkReference) {
            List<String> broken = Summary.brokenTests(runs);
            if (!broken.isEmpty()) {
                out.println();
                broken.forEach(out::println);
                status = 1;
            }
        }
        if (o.failOnFailure && runs.stream().anyMatch(r -> r.failures() > 0)) status = 1;
        if (known != null) {
            KnownFailures.Verdict verdict = known.judge(runs.get(0).results());
            out.println();
            verdict.report().forEach(out::println);
            out.println("known failures (" + o.knownFailures + "): " + verdict.regressions().size() + " regression(s), "
                    + verdict.nowPassing().size() + " listed test(s) now passing");
            status = Math.max(status, verdict.exitCode(o.strictKnownFailures));
        }
        if (toRewrite != null) {
            String text = toRewrite.rewrite(runs.get(0).results(), runs.get(0).engine().name(),
                    f -> Files.isRegularFile(suiteRoot.resolve(f)));
            Files.writeString(o.writeKnownFailures, text, StandardCharsets.UTF_8);
            out.println("wrote " + runs.get(0).failures() + " failure(s) to " + o.writeKnownFailures);
        }
        out.println();
        out.println(Summary.totalsLine(runs));
        out.flush();
        return status;
    }

    private static List<EngineSpec> selectEngines(Options o, Path repoRoot, PrintStream err) {
        List<EngineSpec> wanted = new ArrayList<>();
        if (o.engines.isEmpty()) {
            wanted.addAll(EngineSpec.builtins(repoRoot));
        } else {
            Set<String> names = new HashSet<>();
            for (String arg : o.engines) {
                EngineSpec e = EngineSpec.parse(arg, repoRoot);
                if (!names.add(e.name())) throw new IllegalArgumentException("engine " + e.name() + " given twice");
                wanted.add(e);
            }
        }
        List<EngineSpec> present = new ArrayList<>();
        for (EngineSpec e : wanted) {
            if (e.isPresent()) present.add(e);
            else err.println(e.name() + ": not present (" + e.command().get(0) + "), skipped");
        }
        return present;
    }

    private static void listFailures(List<EngineRun> runs, boolean checkReference, PrintStream out) {
        boolean any = false;
        for (EngineRun r : runs) {
            if (checkReference && r.engine().isReference()) continue;   // listed as BROKEN TEST instead
            List<TestResult> failed = r.results().stream().filter(t -> t.status().isFailure()).toList();
            for (int i = 0; i < Math.min(failed.size(), MAX_LISTED_FAILURES); i++) {
                TestResult t = failed.get(i);
                out.println((t.status() == Status.TIMEOUT ? "TIMEOUT " : "FAIL    ") + r.engine().name() + "  "
                        + t.test().file());
                any = true;
            }
            if (failed.size() > MAX_LISTED_FAILURES) {
                out.println("        " + r.engine().name() + "  ... and " + (failed.size() - MAX_LISTED_FAILURES)
                        + " more (see the result file)");
            }
        }
        if (any) out.println();
    }

    private static String relativeToCwd(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        return p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString();
    }
}
