package dev.node4j.perf_hooks;

import java.util.List;

import dev.node4j.core.NodeModule;

/**
 * {@code perf_hooks} and the global {@code performance}: the clock, marks and measures. The
 * observer, histograms and event-loop monitoring are not built yet and are absent.
 */
public final class PerfHooksModule implements NodeModule {
    @Override
    public String name() {
        return "perf_hooks";
    }

    @Override
    public List<GlobalSpec> globals() {
        return List.of(GlobalSpec.enumerable("performance", "perf_hooks", "performance"),
                GlobalSpec.of("Performance", "perf_hooks", "Performance"),
                GlobalSpec.of("PerformanceEntry", "perf_hooks", "PerformanceEntry"),
                GlobalSpec.of("PerformanceMark", "perf_hooks", "PerformanceMark"),
                GlobalSpec.of("PerformanceMeasure", "perf_hooks", "PerformanceMeasure"));
    }
}
