package dev.node4j.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import dev.node4j.url.UrlBinding;

/**
 * The Java side of {@code new URL(...)}: UrlBinding.parse, which returns the encoded URL the JS
 * facade slices. core.js's url.URL row measures the whole call (JS, crossing and parse) on node4j.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class UrlBench {
    private final UrlBinding binding = new UrlBinding();

    /** core.js's URL: credentials, port, path, query and fragment. */
    @Benchmark
    public String full() {
        return binding.parse("https://user:pw@example.com:8080/p/a/t/h?query=string&x=1#hash", null);
    }

    @Benchmark
    public String simple() {
        return binding.parse("https://example.com", null);
    }

    @Benchmark
    public String relative() {
        return binding.parse("../x/y?z", "https://example.com/a/b/c");
    }
}
