package dev.node4j.matrix;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static dev.node4j.matrix.Fixtures.results;
import static dev.node4j.matrix.Fixtures.surface;
import static dev.node4j.matrix.Fixtures.test;
import static org.assertj.core.api.Assertions.assertThat;

class RenderTest {

    static Matrix sample() {
        Surface ref = surface("node25", "path", "path.join", "path.basename", "path.sep", "fs", "fs.readFile");
        return Joiner.join(ref,
                Map.of("bun", surface("bun", "path", "path.join", "path.basename", "path.sep")),
                Map.of("node25", results("node25", test("path/test-join.js", "pass", "path.join")),
                       "bun", results("bun", test("path/test-join.js", "fail", "path.join"))));
    }

    @Test
    void markdownHasModuleTableAndApiDetails() {
        String md = MarkdownRenderer.render(sample());
        assertThat(md).contains("| Module | APIs | node25 ✅ / ⚠️ / ⬜ / ❌ · tests | bun ✅ / ⚠️ / ⬜ / ❌ · tests |");
        assertThat(md).contains("| ✅ / ⚠️ / ⬜ / ❌ | 1 / 0 / 3 / 0 | 0 / 1 / 3 / 0 |\n");
        assertThat(md).doesNotContain(" \n");   // no trailing blanks
        assertThat(md).contains("| [path](#path) | 4 | ⬜ 1 / 0 / 3 / 0 · 100% | ⚠️ 0 / 1 / 3 / 0 · 0% |");
        assertThat(md).contains("| [fs](#fs) | 2 | ⬜ 0 / 0 / 2 / 0 · – | ❌ 0 / 0 / 0 / 2 · – |");
        assertThat(md).contains("| `path.join` | function | ✅ | ⚠️ fails: `path/test-join.js` |");
        assertThat(md).contains("| `fs.readFile` | function | ⬜ | ❌ |");
        // APIs untested everywhere are listed compactly, not dropped
        assertThat(md).contains("⬜ on every engine (3): `path`, `path.basename`, `path.sep`");
        assertThat(md).doesNotContain("2026-01-01");   // no dates: the file is a stable snapshot
    }

    @Test
    void enginesFlagRestrictsColumnsAndExtendsIsShown() {
        Surface ref = new Surface("node25", "v25", "d", java.util.List.of(
                new Surface.Api("fs", "fs", "object"),
                new Surface.Api("fs", "fs.ReadStream", "class", "stream.Readable")));
        Matrix m = Joiner.join(ref, Map.of(), Map.of(
                "node4j", results("node4j", test("fs/test-rs.js", "fail", "fs.ReadStream")),
                "bun", results("bun", test("fs/test-rs.js", "pass", "fs.ReadStream"))), java.util.Set.of("node4j"));
        assertThat(m.engines()).extracting(Matrix.Engine::name).containsExactly("node4j");
        String md = MarkdownRenderer.render(m);
        assertThat(md).contains("| `fs.ReadStream` | class extends `stream.Readable` | ⚠️ fails: `fs/test-rs.js` |");
        assertThat(HtmlRenderer.render(m, "x")).contains("\"fs.ReadStream\",\"class\",\"P\",\"stream.Readable\"]");
    }

    @Test
    void markdownIsDeterministic() {
        assertThat(MarkdownRenderer.render(sample())).isEqualTo(MarkdownRenderer.render(sample()));
    }

    @Test
    void htmlEmbedsDataAndIsSelfContained() {
        String html = HtmlRenderer.render(sample(), "2026-01-01T00:00:00Z");
        assertThat(html).doesNotContain(HtmlRenderer.PLACEHOLDER);
        assertThat(html).contains("\"path.join\"").contains("path/test-join.js");
        assertThat(html).doesNotContain("<script src").doesNotContain("<link").doesNotContain("http://")
                .doesNotContain("https://");
        // embedded stderr can never end the data <script>
        int dataStart = html.indexOf("id=\"matrix-data\">");
        int dataEnd = html.indexOf("</script>", dataStart);
        assertThat(html.substring(dataStart + 17, dataEnd)).doesNotContain("<");
    }

    @Test
    void summaryTableHasARowPerModuleAndTotals() {
        String s = SummaryTable.render(sample());
        assertThat(s).containsPattern("path\\s+4\\s+U 1/4 100%\\s+P 0/4 0%");
        assertThat(s).containsPattern("TOTAL\\s+6");
    }

    @Test
    void snapshotCheck(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectories(dir.resolve("matrix/data"));
        Path results = Files.createDirectories(dir.resolve("compat-tests/results"));
        Files.writeString(data.resolve("api-surface-node-25.8.1.json"), """
            {"format":"node4j-api-surface/1","engine":"node25","version":"v25.8.1","date":"x","apis":[
              {"module":"path","name":"path","kind":"object"},
              {"module":"path","name":"path.join","kind":"function"}]}
            """);
        Files.writeString(results.resolve("node4j.json"), """
            {"format":"node4j-compat-results/1","engine":"node4j","command":"bin/node4j","version":"v25.8.1",
             "platform":"linux-x64","date":"2026-11-23T10:40:00Z","suite":"compat-tests",
             "tests":[{"file":"path/test-path-join.js","module":"path","covers":["path.join"],
                       "status":"pass","exitCode":0,"durationMs":41,"stderr":""}]}
            """);
        Path snap = dir.resolve("matrix/MATRIX.md");
        String[] base = {"--root", dir.toString(), "--quiet"};

        assertThat(run(base, "--check-snapshot", snap.toString())).isEqualTo(1);   // absent
        assertThat(run(base, "--update-snapshot", snap.toString())).isEqualTo(0);
        assertThat(run(base, "--check-snapshot", snap.toString())).isEqualTo(0);
        // the snapshot is node4j's column only; out/MATRIX.md has every engine (here also node25, the reference)
        assertThat(Files.readString(snap)).contains("| Module | APIs | node4j ✅ / ⚠️ / ⬜ / ❌ · tests |")
                .doesNotContain("node25 ");
        assertThat(Files.readString(dir.resolve("matrix/out/MATRIX.md"))).contains("node25 ✅");
        assertThat(run(base, "--engines", "node4j", "--check-snapshot", snap.toString())).isEqualTo(0);
        assertThat(Files.readString(dir.resolve("matrix/out/MATRIX.md"))).isEqualTo(Files.readString(snap));

        // results of other engines do not touch the snapshot
        Files.writeString(results.resolve("bun.json"), Files.readString(results.resolve("node4j.json"))
                .replace("\"node4j\"", "\"bun\"").replace("\"status\":\"pass\"", "\"status\":\"fail\""));
        assertThat(run(base, "--check-snapshot", snap.toString())).isEqualTo(0);
        assertThat(dir.resolve("matrix/out/matrix.json")).exists();
        assertThat(dir.resolve("matrix/out/index.html")).exists();

        // CRLF checkouts compare equal
        Files.writeString(snap, Files.readString(snap).replace("\n", "\r\n"));
        assertThat(run(base, "--check-snapshot", snap.toString())).isEqualTo(0);

        // a new result date changes nothing; a verdict change does
        Files.writeString(results.resolve("node4j.json"),
                Files.readString(results.resolve("node4j.json")).replace("2026-11-23T10:40:00Z", "2027-01-01T00:00:00Z"));
        assertThat(run(base, "--check-snapshot", snap.toString())).isEqualTo(0);
        Files.writeString(results.resolve("node4j.json"),
                Files.readString(results.resolve("node4j.json")).replace("\"status\":\"pass\"", "\"status\":\"fail\""));
        assertThat(run(base, "--check-snapshot", snap.toString())).isEqualTo(1);

        // without anything from node4j there is no snapshot to compare: a usage error
        Files.delete(results.resolve("node4j.json"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> run(base, "--check-snapshot", snap.toString()))
                .hasMessageContaining("node4j");

        // --write-uncovered lists the reference APIs no covers header names
        Path unc = dir.resolve("UNCOVERED.md");
        assertThat(run(base, "--write-uncovered", unc.toString())).isEqualTo(0);
        assertThat(Files.readString(unc)).contains("| [path](#path) | 2 | 1 | 1 | 50% |").contains("- `path`\n")
                .doesNotContain("- `path.join`");
    }

    private static int run(String[] base, String... more) throws Exception {
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return Main.run(args, quiet, quiet);
    }
}
