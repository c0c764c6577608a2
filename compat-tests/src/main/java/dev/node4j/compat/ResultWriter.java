package dev.node4j.compat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Writes {@code <out>/<engine>.json} in the format described by compat-tests/RESULTS.md. */
public final class ResultWriter {

    public static final String FORMAT = "node4j-compat-results/1";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultWriter() {}

    public static Path write(Path outDir, EngineRun run) throws IOException {
        Files.createDirectories(outDir);
        Path file = outDir.resolve(run.engine().name() + ".json");
        Path tmp = outDir.resolve(run.engine().name() + ".json.tmp");
        MAPPER.writeValue(tmp.toFile(), toJson(run));
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    static ObjectNode toJson(EngineRun run) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("engine", run.engine().name());
        root.put("command", run.engine().displayCommand());
        root.put("version", run.version());
        root.put("platform", run.platform());
        root.put("date", isoSeconds(run.date()));
        root.put("suite", run.suite());
        ArrayNode tests = root.putArray("tests");
        for (TestResult r : run.results()) {
            ObjectNode t = tests.addObject();
            t.put("file", r.test().file());
            t.put("module", r.test().module());
            ArrayNode covers = t.putArray("covers");
            r.test().covers().forEach(covers::add);
            t.put("status", r.status().json());
            if (r.exitCode() == null) t.putNull("exitCode"); else t.put("exitCode", r.exitCode().intValue());
            t.put("durationMs", r.durationMs());
            t.put("stderr", r.stderr());
        }
        return root;
    }

    static String isoSeconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Node's spelling: linux-x64, darwin-arm64, win32-x64. */
    public static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String osName = os.startsWith("windows") ? "win32" : os.startsWith("mac") ? "darwin"
                : os.contains("linux") ? "linux" : os.replace(' ', '_');
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String archName = switch (arch) {
            case "amd64", "x86_64" -> "x64";
            case "aarch64", "arm64" -> "arm64";
            case "x86", "i386", "i686" -> "ia32";
            default -> arch;
        };
        return osName + "-" + archName;
    }
}
