package dev.node4j.compat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Runs every test on every engine, {@code jobs} processes at a time. */
final class Executor {

    /** Added to every test's environment. */
    static final Map<String, String> TEST_ENV = Map.of(
            "NODE_TEST_KNOWN_GLOBALS", "0",
            "NODE_SKIP_FLAG_CHECK", "1");

    /**
     * TEST_THREAD_ID per worker thread, unique across concurrent runner processes too: Node's
     * test/common/tmpdir.js names its scratch folder after it and empties it on refresh, so two
     * tests sharing one id delete each other's files.
     */
    private static final AtomicLong WORKERS = new AtomicLong();
    private static final ThreadLocal<Map<String, String>> WORKER_ENV = ThreadLocal.withInitial(() -> {
        Map<String, String> env = new java.util.HashMap<>(TEST_ENV);
        env.put("TEST_THREAD_ID", ProcessHandle.current().pid() + "-" + WORKERS.incrementAndGet());
        return Map.copyOf(env);
    });

    interface Listener {
        void done(EngineSpec engine, TestResult result);
    }

    /** One engine's results plus how long its tests took from first start to last end. */
    record Outcome(EngineRun run, long elapsedMs) {}

    private final Path cwd;
    private final int jobs;
    private final Duration timeout;
    private final String suiteName;
    private final int retries;

    Executor(Path cwd, int jobs, Duration timeout, String suiteName) {
        this(cwd, jobs, timeout, suiteName, 0);
    }

    /** {@code retries}: a failed or timed-out test runs again up to this many times; the last result counts. */
    Executor(Path cwd, int jobs, Duration timeout, String suiteName, int retries) {
        this.cwd = cwd;
        this.jobs = jobs;
        this.timeout = timeout;
        this.suiteName = suiteName;
        this.retries = retries;
    }

    List<Outcome> run(List<EngineSpec> engines, Map<String, String> versions, List<TestFile> tests,
                      Listener listener) throws InterruptedException {
        Instant date = Instant.now();
        String platform = ResultWriter.platform();
        int n = tests.size();
        Map<EngineSpec, TestResult[]> results = new LinkedHashMap<>();
        Map<EngineSpec, AtomicLong[]> spans = new LinkedHashMap<>();
        for (EngineSpec e : engines) {
            results.put(e, new TestResult[n]);
            spans.put(e, new AtomicLong[] {new AtomicLong(Long.MAX_VALUE), new AtomicLong(Long.MIN_VALUE)});
        }
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        List<Future<?>> futures = new ArrayList<>();
        try {
            // Test-major order, so engines progress together and a slow engine does not go last.
            for (int i = 0; i < n; i++) {
                for (EngineSpec e : engines) {
                    int index = i;
                    futures.add(pool.submit(() -> {
                        long start = System.nanoTime();
                        spans.get(e)[0].accumulateAndGet(start, Math::min);
                        TestResult r = runOne(e, tests.get(index));
                        spans.get(e)[1].accumulateAndGet(System.nanoTime(), Math::max);
                        results.get(e)[index] = r;
                        listener.done(e, r);
                    }));
                }
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException ex) {
                    throw new IllegalStateException("runner task failed", ex.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (EngineSpec e : engines) {
            AtomicLong[] span = spans.get(e);
            long elapsed = n == 0 ? 0 : (span[1].get() - span[0].get()) / 1_000_000;
            outcomes.add(new Outcome(new EngineRun(e, versions.get(e.name()), platform, date, suiteName,
                    Arrays.asList(results.get(e))), elapsed));
        }
        return outcomes;
    }

    private TestResult runOne(EngineSpec engine, TestFile test) {
        TestResult r = runOnce(engine, test);
        for (int i = 0; i < retries && r.status().isFailure(); i++) r = runOnce(engine, test);
        return r;
    }

    private TestResult runOnce(EngineSpec engine, TestFile test) {
        List<String> cmd = new ArrayList<>(engine.command());
        cmd.add(test.path().toString());
        try {
            return TestResult.of(test, ProcessRunner.run(cmd, cwd, WORKER_ENV.get(), timeout));
        } catch (IOException e) {
            return TestResult.notRun(test, "runner could not start " + cmd + ": " + e.getMessage());
        }
    }

    /** First non-blank line `COMMAND --version` prints (stdout, else stderr), or "unknown". */
    static String probeVersion(EngineSpec engine, Path cwd) {
        try {
            ProcessResult r = ProcessRunner.run(engine.versionCommand(), cwd, Map.of(), Duration.ofSeconds(60));
            for (String text : List.of(r.stdout(), r.stderr())) {
                for (String line : TestResult.stripAnsi(text).split("\\R")) {
                    if (!line.isBlank()) return line.strip();
                }
            }
        } catch (IOException e) {
            // fall through
        }
        return "unknown";
    }
}
