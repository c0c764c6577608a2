package dev.node4j.bench;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Value;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import dev.node4j.core.NodeRuntime;

/**
 * The embedding API's "new context in a warm JVM" figure: per operation a new NodeRuntime on
 * the shared engine, {@code require('fs')} and {@code require('crypto')}, one small function
 * call (stat a file, sha256 a string), close. Read its p50
 * (SampleTime percentiles) rather than the mean: GC and compilation make the tail long.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RuntimeBench {
    private static final String PROGRAM =
            "const fs = require('fs');\n"
            + "const crypto = require('crypto');\n"
            + "(function handler(n) {\n"
            + "  const h = crypto.createHash('sha256').update('node4j').digest('hex');\n"
            + "  return fs.existsSync('/') && h.length === 64 ? n + 1 : -1;\n"
            + "})";

    private final Path cwd = Path.of(System.getProperty("java.io.tmpdir"));

    @Benchmark
    public int newRuntimeRequireFsCryptoCall() {
        try (NodeRuntime node = NodeRuntime.builder()
                .cwd(cwd)
                .stdout(OutputStream.nullOutputStream())
                .stderr(OutputStream.nullOutputStream())
                .build()) {
            Value handler = node.eval(PROGRAM);
            int r = handler.execute(41).asInt();
            if (r != 42) throw new IllegalStateException("handler returned " + r);
            return r;
        }
    }
}
