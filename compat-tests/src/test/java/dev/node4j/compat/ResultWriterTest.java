package dev.node4j.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ResultWriterTest {

    static EngineRun sampleRun() {
        EngineSpec engine = new EngineSpec("node25", List.of("/abs/.engines/node25/bin/node"),
                ".engines/node25/bin/node", List.of("/abs/.engines/node25/bin/node", "--version"));
        TestFile join = new TestFile(Path.of("/x/path/test-path-join.js"), "path/test-path-join.js", "path",
                List.of("path.join", "path.posix.join"));
        TestFile slow = new TestFile(Path.of("/x/fs/test-slow.js"), "fs/test-slow.js", "fs", List.of());
        TestFile skipped = new TestFile(Path.of("/x/fs/test-skip.js"), "fs/test-skip.js", "fs", List.of("fs.watch"));
        return new EngineRun(engine, "v25.8.1", "linux-x64", Instant.parse("2026-11-23T10:40:00.123Z"),
                "compat-tests", List.of(
                new TestResult(join, Status.PASS, 0, 41, ""),
                new TestResult(slow, Status.TIMEOUT, null, 30_000, "still going"),
                new TestResult(skipped, Status.SKIP, 0, 12, "")));
    }

    @Test
    void writesTheDocumentedShape(@TempDir Path out) throws Exception {
        Path file = ResultWriter.write(out, sampleRun());
        assertThat(file).isEqualTo(out.resolve("node25.json"));
        assertThat(out.resolve("node25.json.tmp")).doesNotExist();

        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertThat(root.properties()).extracting(java.util.Map.Entry::getKey).containsExactly(
                "format", "engine", "command", "version", "platform", "date", "suite", "tests");
        assertThat(root.get("format").asText()).isEqualTo("node4j-compat-results/1");
        assertThat(root.get("engine").asText()).isEqualTo("node25");
        assertThat(root.get("command").asText()).isEqualTo(".engines/node25/bin/node");
        assertThat(root.get("version").asText()).isEqualTo("v25.8.1");
        assertThat(root.get("platform").asText()).isEqualTo("linux-x64");
        assertThat(root.get("date").asText()).isEqualTo("2026-11-23T10:40:00Z");
        assertThat(root.get("suite").asText()).isEqualTo("compat-tests");

        JsonNode tests = root.get("tests");
        assertThat(tests).hasSize(3);
        JsonNode pass = tests.get(0);
        assertThat(pass.properties()).extracting(java.util.Map.Entry::getKey).containsExactly(
                "file", "module", "covers", "status", "exitCode", "durationMs", "stderr");
        assertThat(pass.get("file").asText()).isEqualTo("path/test-path-join.js");
        assertThat(pass.get("module").asText()).isEqualTo("path");
        assertThat(pass.get("covers")).extracting(JsonNode::asText).containsExactly("path.join", "path.posix.join");
        assertThat(pass.get("status").asText()).isEqualTo("pass");
        assertThat(pass.get("exitCode").isInt()).isTrue();
        assertThat(pass.get("exitCode").asInt()).isZero();
        assertThat(pass.get("durationMs").asLong()).isEqualTo(41);
        assertThat(pass.get("stderr").asText()).isEmpty();

        JsonNode timeout = tests.get(1);
        assertThat(timeout.get("status").asText()).isEqualTo("timeout");
        assertThat(timeout.has("exitCode")).isTrue();
        assertThat(timeout.get("exitCode").isNull()).isTrue();
        assertThat(timeout.get("covers").isArray()).isTrue();
        assertThat(timeout.get("covers")).isEmpty();
        assertThat(timeout.get("stderr").asText()).isEqualTo("still going");

        assertThat(tests.get(2).get("status").asText()).isEqualTo("skip");
    }

    @Test
    void platformUsesNodeSpelling() {
        assertThat(ResultWriter.platform()).matches("(linux|darwin|win32|[a-z_]+)-(x64|arm64|ia32|[a-z0-9_]+)");
        if (System.getProperty("os.name").toLowerCase().contains("linux")
                && System.getProperty("os.arch").equals("amd64")) {
            assertThat(ResultWriter.platform()).isEqualTo("linux-x64");
        }
    }
}
