package dev.node4j.matrix;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A {@code node4j-compat-results/1} document (compat-tests/RESULTS.md), one per engine run. */
public record Results(String engine, String command, String version, String platform, String date,
                      String suite, List<Test> tests) {

    public static final String FORMAT = "node4j-compat-results/1";

    /** One test file's outcome. {@code status} is pass | fail | timeout | skip. */
    public record Test(String file, String module, List<String> covers, String status,
                       Integer exitCode, long durationMs, String stderr) {
        public boolean passed() { return "pass".equals(status); }
        public boolean failed() { return "fail".equals(status) || "timeout".equals(status); }
        public boolean skipped() { return "skip".equals(status); }
    }

    public static Results read(Path file) throws IOException {
        JsonNode root = Json.MAPPER.readTree(file.toFile());
        String format = root.path("format").asText("");
        if (!FORMAT.equals(format)) {
            throw new IOException(file + ": format is '" + format + "', expected " + FORMAT);
        }
        List<Test> tests = new ArrayList<>();
        for (JsonNode t : root.path("tests")) {
            List<String> covers = new ArrayList<>();
            for (JsonNode c : t.path("covers")) covers.add(c.asText().trim());
            JsonNode exit = t.path("exitCode");
            tests.add(new Test(t.path("file").asText(), t.path("module").asText(""), List.copyOf(covers),
                    t.path("status").asText(""), exit.isNumber() ? exit.asInt() : null,
                    t.path("durationMs").asLong(0), t.path("stderr").asText("")));
        }
        return new Results(root.path("engine").asText(), root.path("command").asText(""),
                root.path("version").asText(""), root.path("platform").asText(""),
                root.path("date").asText(""), root.path("suite").asText(""), List.copyOf(tests));
    }
}
