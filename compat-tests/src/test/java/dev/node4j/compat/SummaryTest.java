package dev.node4j.compat;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryTest {

    private static TestFile test(String module, String name) {
        return new TestFile(Path.of("/s/" + module + "/" + name), module + "/" + name, module, List.of());
    }

    private static EngineRun run(String engine, Status... statuses) {
        EngineSpec spec = new EngineSpec(engine, List.of(engine), engine, List.of(engine, "--version"));
        String[][] files = {{"fs", "test-a.js"}, {"fs", "test-b.js"}, {"path", "test-c.js"}, {"path", "test-d.js"}};
        List<TestResult> results = new java.util.ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            results.add(new TestResult(test(files[i][0], files[i][1]), statuses[i],
                    statuses[i] == Status.TIMEOUT ? null : statuses[i] == Status.FAIL ? 1 : 0, 1, ""));
        }
        return new EngineRun(spec, "v1", "linux-x64", Instant.EPOCH, "compat-tests", results);
    }

    @Test
    void totalsLineCountsTimeoutsAsFailuresAndMentionsSkipsOnlyWhenThereAreSome() {
        List<EngineRun> runs = List.of(
                run("node25", Status.PASS, Status.PASS, Status.PASS, Status.FAIL),
                run("node4j", Status.PASS, Status.TIMEOUT, Status.FAIL, Status.PASS));
        assertThat(Summary.totalsLine(runs)).isEqualTo("5 passed, 3 failed");

        List<EngineRun> withSkip = List.of(run("bun", Status.PASS, Status.SKIP, Status.FAIL, Status.SKIP));
        assertThat(Summary.totalsLine(withSkip)).isEqualTo("1 passed, 1 failed, 2 skipped")
                .matches("\\d+ passed, \\d+ failed(, \\d+ skipped)?");
    }

    @Test
    void tableHasOneRowPerModuleAndAColumnPerEngine() {
        String table = Summary.table(List.of(
                run("node25", Status.PASS, Status.PASS, Status.PASS, Status.FAIL),
                run("node4j", Status.PASS, Status.SKIP, Status.FAIL, Status.FAIL)), false);
        List<String> lines = table.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).split("\\s+")).containsExactly("module", "node25", "node4j");
        assertThat(lines.get(1).split("\\s+")).containsExactly("fs", "2/2", "1/2");
        assertThat(lines.get(2).split("\\s+")).containsExactly("path", "1/2", "0/2");
        assertThat(lines.get(3).split("\\s+")).containsExactly("all", "3/4", "1/4");
    }

    @Test
    void percentagesAndRatesOverFilesPassingOnTheReference() {
        List<EngineRun> runs = List.of(
                run("node25", Status.PASS, Status.FAIL, Status.PASS, Status.PASS),
                run("node4j", Status.PASS, Status.FAIL, Status.FAIL, Status.PASS));
        assertThat(Summary.table(runs, true)).contains("1/2 (50%)");
        String rel = Summary.referenceRelativeTable(runs).orElseThrow();
        assertThat(rel).startsWith("Over the 3 files that pass on node25:");
        List<String> lines = rel.lines().toList();
        assertThat(lines.get(1).split("\\s+")).containsExactly("module", "node4j");
        assertThat(String.join(" ", lines.get(2).split("\\s+"))).isEqualTo("fs 1/1 (100%)");
        assertThat(String.join(" ", lines.get(3).split("\\s+"))).isEqualTo("path 1/2 (50%)");

        assertThat(Summary.referenceRelativeTable(List.of(run("node4j", Status.PASS)))).isEmpty();
    }

    @Test
    void brokenTestsAreFailuresOnReferenceEnginesOnly() {
        List<EngineRun> runs = List.of(
                run("node24", Status.PASS, Status.TIMEOUT, Status.PASS, Status.PASS),
                run("node4j", Status.FAIL, Status.FAIL, Status.FAIL, Status.FAIL));
        assertThat(Summary.brokenTests(runs)).containsExactly(
                "BROKEN TEST (fails on real Node): fs/test-b.js [node24 v1, timeout]");
    }
}
