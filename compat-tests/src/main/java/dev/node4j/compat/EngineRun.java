package dev.node4j.compat;

import java.time.Instant;
import java.util.List;

/** Everything one engine's result file holds. */
public record EngineRun(EngineSpec engine, String version, String platform, Instant date,
                        String suite, List<TestResult> results) {

    public EngineRun {
        results = List.copyOf(results);
    }

    public long count(Status s) {
        return results.stream().filter(r -> r.status() == s).count();
    }

    public long failures() {
        return results.stream().filter(r -> r.status().isFailure()).count();
    }
}
