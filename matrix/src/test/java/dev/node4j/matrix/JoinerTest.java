package dev.node4j.matrix;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.node4j.matrix.Fixtures.results;
import static dev.node4j.matrix.Fixtures.surface;
import static dev.node4j.matrix.Fixtures.test;
import static org.assertj.core.api.Assertions.assertThat;

class JoinerTest {

    static final Surface REF = surface("node25", "path", "path.join", "path.basename", "path.sep",
            "fs", "fs.readFile", "fs.Stats.prototype.isFile", "fs.Stats.prototype.isDirectory",
            "fs.Stats.prototype.x.y", "globalThis.fetch");

    private static Matrix.Cell cell(Matrix m, String api, String engine) {
        return m.apis().stream().filter(a -> a.name().equals(api)).findFirst().orElseThrow().cells().get(engine);
    }

    @Test
    void eachStatus() {
        Surface eng = surface("eng", "path", "path.join", "path.basename", "path.sep", "fs", "fs.readFile");
        Matrix m = Joiner.join(REF, Map.of("eng", eng), Map.of("eng", results("eng",
                test("path/test-join.js", "pass", "path.join"),
                test("path/test-basename.js", "fail", "path.basename"),
                test("globals/test-fetch.js", "pass", "globalThis.fetch"))));

        assertThat(cell(m, "path.join", "eng").status()).isEqualTo(Status.SUPPORTED);
        assertThat(cell(m, "path.basename", "eng").status()).isEqualTo(Status.PARTIAL);
        assertThat(cell(m, "path.sep", "eng").status()).isEqualTo(Status.UNTESTED);
        // a passing test does not make an absent API present
        assertThat(cell(m, "globalThis.fetch", "eng").status()).isEqualTo(Status.MISSING);
        assertThat(cell(m, "fs.Stats.prototype.isFile", "eng").status()).isEqualTo(Status.MISSING);
    }

    @Test
    void partialCellNamesEveryFailingTestSortedAndOnlyThose() {
        Matrix m = Joiner.join(REF, Map.of(), Map.of("node25", results("node25",
                test("path/test-b.js", "fail", "path.join"),
                test("path/test-a.js", "timeout", "path.join"),
                test("path/test-c.js", "pass", "path.join"),
                test("path/test-d.js", "skip", "path.join"))));

        Matrix.Cell c = cell(m, "path.join", "node25");
        assertThat(c.status()).isEqualTo(Status.PARTIAL);
        assertThat(c.failing()).containsExactly("path/test-a.js", "path/test-b.js");
        assertThat(c.passing()).isEqualTo(1);
        assertThat(c.covering()).isEqualTo(4);
    }

    @Test
    void untestedIsNeverSupported() {
        Matrix m = Joiner.join(REF, Map.of(), Map.of("node25", results("node25",
                test("path/test-skip.js", "skip", "path.join"),
                test("path/test-other.js", "pass", "path.basename"))));

        // only skipped tests cover path.join: still untested; nothing covers path.sep
        assertThat(cell(m, "path.join", "node25").status()).isEqualTo(Status.UNTESTED);
        assertThat(cell(m, "path.sep", "node25").status()).isEqualTo(Status.UNTESTED);
        assertThat(m.apis()).allSatisfy(a -> {
            Matrix.Cell c = a.cells().get("node25");
            if (c.passing() == 0) assertThat(c.status()).isNotEqualTo(Status.SUPPORTED);
        });
        // a module with untested APIs is not supported either, even with all its tests passing
        Matrix.ModuleRow path = m.modules().stream().filter(r -> r.name().equals("path")).findFirst().orElseThrow();
        assertThat(path.cells().get("node25").status()).isEqualTo(Status.UNTESTED);
        assertThat(path.cells().get("node25").tests().passRateText()).isEqualTo("100%");
    }

    @Test
    void coversAreExactNamesNotPrefixes() {
        Matrix m = Joiner.join(REF, Map.of(), Map.of("node25", results("node25",
                test("fs/test-fs.js", "pass", "fs"))));
        assertThat(cell(m, "fs", "node25").status()).isEqualTo(Status.SUPPORTED);
        assertThat(cell(m, "fs.readFile", "node25").status()).isEqualTo(Status.UNTESTED);
    }

    @Test
    void prototypeWildcardCoversDirectMembersOnly() {
        Matrix m = Joiner.join(REF, Map.of(), Map.of("node25", results("node25",
                test("fs/test-stats.js", "fail", "fs.Stats.prototype.*"))));
        assertThat(cell(m, "fs.Stats.prototype.isFile", "node25").status()).isEqualTo(Status.PARTIAL);
        assertThat(cell(m, "fs.Stats.prototype.isFile", "node25").failing()).containsExactly("fs/test-stats.js");
        assertThat(cell(m, "fs.Stats.prototype.isDirectory", "node25").status()).isEqualTo(Status.PARTIAL);
        assertThat(cell(m, "fs.Stats.prototype.x.y", "node25").status()).isEqualTo(Status.UNTESTED);
        assertThat(m.unmatchedCovers()).isEmpty();
    }

    @Test
    void unknownWithoutSurfaceAndPresenceInferredFromTests() {
        Matrix m = Joiner.join(REF, Map.of(), Map.of("llrt", results("llrt",
                test("path/test-join.js", "pass", "path.join"),
                test("path/test-basename.js", "fail", "path.basename"))));
        assertThat(m.engine("llrt").hasSurface()).isFalse();
        assertThat(cell(m, "path.join", "llrt").status()).isEqualTo(Status.SUPPORTED);
        assertThat(cell(m, "path.basename", "llrt").status()).isEqualTo(Status.PARTIAL);
        assertThat(cell(m, "path.sep", "llrt").status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void referenceSurfaceIsUsedForItsOwnEngineAndEnginesAreOrdered() {
        Matrix m = Joiner.join(REF, Map.of("zzz", surface("zzz"), "bun", surface("bun", "path")),
                Map.of("node4j", results("node4j")));
        assertThat(m.engines()).extracting(Matrix.Engine::name).containsExactly("node4j", "node25", "bun", "zzz");
        assertThat(m.engine("node25").hasSurface()).isTrue();
        assertThat(cell(m, "path.join", "node25").status()).isEqualTo(Status.UNTESTED);
    }

    @Test
    void moduleStatusAndCounts() {
        Surface noFs = surface("eng", "path", "path.join", "path.basename", "path.sep");
        Matrix m = Joiner.join(REF, Map.of("eng", noFs), Map.of("eng", results("eng",
                test("path/test-join.js", "pass", "path.join"),
                test("path/test-basename.js", "pass", "path.basename"),
                test("path/test-sep.js", "pass", "path.sep", "path"))));
        Matrix.ModuleCell path = m.modules().stream().filter(r -> r.name().equals("path")).findFirst()
                .orElseThrow().cells().get("eng");
        Matrix.ModuleCell fs = m.modules().stream().filter(r -> r.name().equals("fs")).findFirst()
                .orElseThrow().cells().get("eng");
        assertThat(path.status()).isEqualTo(Status.SUPPORTED);
        assertThat(path.counts().get(Status.SUPPORTED)).isEqualTo(4);
        assertThat(path.tests().pass()).isEqualTo(3);
        assertThat(fs.status()).isEqualTo(Status.MISSING);
        assertThat(m.engine("eng").apiCounts().get(Status.MISSING)).isEqualTo(6);
    }

    @Test
    void coversNamesOutsideTheReferenceAreReported() {
        Matrix m = Joiner.join(REF, Map.of(), Map.of("node25", results("node25",
                test("fs/test-typo.js", "pass", "fs.readFlie", "fs.readFile"))));
        assertThat(m.unmatchedCovers()).extracting(Matrix.UnmatchedCover::name).containsExactly("fs.readFlie");
        assertThat(m.unmatchedCovers().get(0).tests()).containsExactly("fs/test-typo.js");
    }

    @Test
    void passRateIsFlooredAndIgnoresSkips() {
        Matrix.TestCounts t = Matrix.TestCounts.NONE;
        for (int i = 0; i < 999; i++) t = t.plus(test("a/t.js", "pass"));
        t = t.plus(test("a/f.js", "fail")).plus(test("a/s.js", "skip"));
        assertThat(t.ran()).isEqualTo(1000);
        assertThat(t.passRateText()).isEqualTo("99%");
        assertThat(Matrix.TestCounts.NONE.passRateText()).isEqualTo("–");
    }

    @Test
    void membersInheritedFromAListedParentCountAsPresent() {
        Surface ref = new Surface("node25", "v25", "d", java.util.List.of(
                new Surface.Api("zlib", "zlib.Gzip", "class", "stream.Transform"),
                new Surface.Api("zlib", "zlib.Gzip.prototype._transform", "function"),
                new Surface.Api("zlib", "zlib.Gzip.prototype.flush", "function")));
        // the engine puts _transform on its parent class only, and lacks flush
        Surface eng = new Surface("eng", "v1", "d", java.util.List.of(
                new Surface.Api("zlib", "zlib.Gzip", "class", "stream.Transform"),
                new Surface.Api("stream", "stream.Transform", "class", "stream.Duplex"),
                new Surface.Api("stream", "stream.Duplex", "class"),
                new Surface.Api("stream", "stream.Duplex.prototype._transform", "function")));
        Matrix m = Joiner.join(ref, Map.of("eng", eng), Map.of());
        assertThat(cell(m, "zlib.Gzip.prototype._transform", "eng").status()).isEqualTo(Status.UNTESTED);
        assertThat(cell(m, "zlib.Gzip.prototype.flush", "eng").status()).isEqualTo(Status.MISSING);
        assertThat(m.apis().get(0).extendsName()).isEqualTo("stream.Transform");
    }
}
