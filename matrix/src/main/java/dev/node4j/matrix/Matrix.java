package dev.node4j.matrix;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The joined matrix: reference APIs x engines. Built by {@link Joiner}. */
public record Matrix(Surface reference, List<Engine> engines, List<ModuleRow> modules,
                     List<ApiRow> apis, List<UnmatchedCover> unmatchedCovers) {

    /** One column. Either file may be absent (then {@code version} comes from the other one). */
    public record Engine(String name, String version, boolean hasSurface, Results results,
                         EnumMap<Status, Integer> apiCounts, TestCounts tests) {
        public boolean hasResults() { return results != null; }
    }

    /** pass / fail (fail + timeout) / skip counts over a set of test files. */
    public record TestCounts(int pass, int fail, int timeout, int skip) {
        public static final TestCounts NONE = new TestCounts(0, 0, 0, 0);

        /** Tests that ran to a verdict (skips excluded). */
        public int ran() { return pass + fail + timeout; }

        /** pass / ran, or -1 when nothing ran. */
        public double passRate() { return ran() == 0 ? -1 : (double) pass / ran(); }

        /** "95%" (floored, so 99.9% never shows as 100%), or "–" when nothing ran. */
        public String passRateText() {
            if (ran() == 0) return "–";
            return (int) Math.floor(passRate() * 100) + "%";
        }

        public TestCounts plus(Results.Test t) {
            return switch (t.status()) {
                case "pass" -> new TestCounts(pass + 1, fail, timeout, skip);
                case "timeout" -> new TestCounts(pass, fail, timeout + 1, skip);
                case "skip" -> new TestCounts(pass, fail, timeout, skip + 1);
                default -> new TestCounts(pass, fail + 1, timeout, skip);
            };
        }
    }

    /** One module on one engine: overall status, API status counts, its tests' outcome. */
    public record ModuleCell(Status status, EnumMap<Status, Integer> counts, TestCounts tests) { }

    public record ModuleRow(String name, int apiCount, Map<String, ModuleCell> cells) { }

    /** One API on one engine. {@code failing}: files of covering tests that failed / timed out. */
    public record Cell(Status status, List<String> failing, int passing, int covering) { }

    /** {@code extendsName}: the reference's parent class of a class row, else null. */
    public record ApiRow(String module, String name, String kind, String extendsName, Map<String, Cell> cells) { }

    /** A name used in some test's {@code covers} that is not in the reference surface. */
    public record UnmatchedCover(String name, List<String> tests) { }

    public Engine engine(String name) {
        return engines.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }
}
