package dev.node4j.matrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small in-memory surfaces and results for the tests. */
final class Fixtures {
    private Fixtures() { }

    static Surface surface(String engine, String... names) {
        List<Surface.Api> apis = new ArrayList<>();
        for (String n : names) {
            String module = n.startsWith("Buffer") ? "buffer"
                    : n.startsWith("globalThis.") ? "globals" : n.split("\\.")[0];
            apis.add(new Surface.Api(module, n, n.contains(".") ? "function" : "object"));
        }
        return new Surface(engine, "v1", "2026-01-01T00:00:00Z", apis);
    }

    static Results.Test test(String file, String status, String... covers) {
        return new Results.Test(file, file.split("/")[0], Arrays.asList(covers), status,
                "pass".equals(status) ? 0 : 1, 10, "fail".equals(status) ? "AssertionError: boom in " + file : "");
    }

    static Results results(String engine, Results.Test... tests) {
        return new Results(engine, engine, "v1", "linux-x64", "2026-01-01T00:00:00Z", "compat-tests", List.of(tests));
    }
}
