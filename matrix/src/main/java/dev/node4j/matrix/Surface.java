package dev.node4j.matrix;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A {@code node4j-api-surface/1} document, written by matrix/probe/probe.js. */
public record Surface(String engine, String version, String date, List<Api> apis) {

    public static final String FORMAT = "node4j-api-surface/1";

    /**
     * One probed API: its module, dotted name and kind; for a class whose parent class is listed
     * too, {@code extends} names the parent ({@code "stream.Readable"}), else null.
     */
    public record Api(String module, String name, String kind, String extendsName) {
        public Api(String module, String name, String kind) { this(module, name, kind, null); }
    }

    public static Surface read(Path file) throws IOException {
        JsonNode root = Json.MAPPER.readTree(file.toFile());
        String format = root.path("format").asText("");
        if (!FORMAT.equals(format)) {
            throw new IOException(file + ": format is '" + format + "', expected " + FORMAT);
        }
        List<Api> apis = new ArrayList<>();
        for (JsonNode a : root.path("apis")) {
            String parent = a.path("extends").asText("");
            apis.add(new Api(a.path("module").asText(), a.path("name").asText(), a.path("kind").asText(""),
                    parent.isEmpty() ? null : parent));
        }
        return new Surface(root.path("engine").asText(), root.path("version").asText(""),
                root.path("date").asText(""), List.copyOf(apis));
    }
}
