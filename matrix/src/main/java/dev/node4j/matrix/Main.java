package dev.node4j.matrix;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Command line:
 * <pre>
 *   java -cp ... dev.node4j.matrix.Main [--root DIR] [--reference FILE] [--surfaces DIR]...
 *        [--results DIR]... [--out DIR] [--engines LIST] [--check-snapshot FILE] [--update-snapshot FILE]
 *        [--write-uncovered FILE] [--quiet]
 * </pre>
 * {@code --engines node4j,node25} restricts the columns of matrix.json / MATRIX.md / index.html.
 * The snapshot ({@code --check-snapshot} / {@code --update-snapshot}) is always node4j's column
 * alone, so it does not depend on which reference engines a machine has.
 * Defaults (relative to the repository root, found by walking up to matrix/data):
 * reference = newest matrix/data/api-surface-node-*.json, surfaces = matrix/data and matrix/out
 * (files surface-ENGINE.json, later directories win), results = compat-tests/results
 * (*.json, keyed by their "engine"), out = matrix/out.
 * Exit codes: 0 ok, 1 snapshot differs, 2 usage or input error.
 */
public final class Main {

    /** The committed MATRIX.md is this engine's column only (see the class comment). */
    static final String SNAPSHOT_ENGINE = "node4j";

    public static void main(String[] args) {
        int code;
        try {
            code = run(args, System.out, System.err);
        } catch (UsageException e) {
            System.err.println("matrix: " + e.getMessage());
            code = 2;
        } catch (IOException e) {
            System.err.println("matrix: " + e.getMessage());
            code = 2;
        }
        System.exit(code);
    }

    static final class UsageException extends RuntimeException {
        UsageException(String m) { super(m); }
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        Path root = null;
        Path reference = null;
        List<Path> surfaceDirs = new ArrayList<>();
        List<Path> resultDirs = new ArrayList<>();
        Path outDir = null;
        Path check = null;
        Path update = null;
        boolean quiet = false;
        Set<String> onlyEngines = null;
        Path uncovered = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--root" -> root = Path.of(value(args, ++i, a));
                case "--reference" -> reference = Path.of(value(args, ++i, a));
                case "--surfaces" -> surfaceDirs.add(Path.of(value(args, ++i, a)));
                case "--results" -> resultDirs.add(Path.of(value(args, ++i, a)));
                case "--out" -> outDir = Path.of(value(args, ++i, a));
                case "--check-snapshot" -> check = Path.of(value(args, ++i, a));
                case "--update-snapshot" -> update = Path.of(value(args, ++i, a));
                case "--quiet" -> quiet = true;
                case "--engines" -> {
                    onlyEngines = new LinkedHashSet<>();
                    for (String e : value(args, ++i, a).split(",")) if (!e.isBlank()) onlyEngines.add(e.strip());
                    if (onlyEngines.isEmpty()) throw new UsageException("--engines needs a comma-separated list");
                }
                case "--write-uncovered" -> uncovered = Path.of(value(args, ++i, a));
                case "-h", "--help" -> {
                    out.println("usage: generate [--root DIR] [--reference FILE] [--surfaces DIR]... [--results DIR]... "
                            + "[--out DIR] [--engines LIST] [--check-snapshot FILE] [--update-snapshot FILE] [--write-uncovered FILE] "
                            + "[--quiet]");
                    return 0;
                }
                default -> throw new UsageException("unknown argument: " + a);
            }
        }
        if (root == null) root = findRoot(Path.of("").toAbsolutePath());
        if (reference == null) reference = newestReference(root.resolve("matrix/data"));
        if (surfaceDirs.isEmpty()) surfaceDirs = List.of(root.resolve("matrix/data"), root.resolve("matrix/out"));
        if (resultDirs.isEmpty()) resultDirs = List.of(root.resolve("compat-tests/results"));
        if (outDir == null) outDir = root.resolve("matrix/out");

        Surface ref = Surface.read(reference);
        Map<String, Surface> surfaces = new TreeMap<>();
        for (Path dir : surfaceDirs) {
            for (Path f : list(dir, "surface-", ".json")) {
                Surface s = Surface.read(f);
                surfaces.put(s.engine().isEmpty() ? engineFromFile(f) : s.engine(), s);
            }
        }
        Map<String, Results> results = new TreeMap<>();
        for (Path dir : resultDirs) {
            for (Path f : list(dir, "", ".json")) {
                Results r = Results.read(f);
                Results prev = results.put(r.engine(), r);
                if (prev != null) err.println("matrix: warning: two result files for engine " + r.engine() + ", using " + f);
            }
        }

        if (onlyEngines != null) {
            for (String e : onlyEngines) {
                if (!surfaces.containsKey(e) && !results.containsKey(e) && !e.equals(ref.engine())) {
                    err.println("matrix: warning: --engines " + e + ": no surface and no results, left out");
                }
            }
        }
        Matrix m = Joiner.join(ref, surfaces, results, onlyEngines);
        String generated = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String md = MarkdownRenderer.render(m);
        String snapshot = null;
        if (check != null || update != null) {
            if (!surfaces.containsKey(SNAPSHOT_ENGINE) && !results.containsKey(SNAPSHOT_ENGINE)) {
                throw new UsageException("the snapshot is " + SNAPSHOT_ENGINE + "'s column, but there is no "
                        + SNAPSHOT_ENGINE + " surface or result file (build bin/node4j, run compat-tests/run --engine "
                        + SNAPSHOT_ENGINE + ")");
            }
            snapshot = MarkdownRenderer.render(Joiner.join(ref, surfaces, results, Set.of(SNAPSHOT_ENGINE)));
        }

        Files.createDirectories(outDir);
        Json.MAPPER.writeValue(outDir.resolve("matrix.json").toFile(),
                JsonOutput.matrix(m, generated));
        Files.writeString(outDir.resolve("MATRIX.md"), md, StandardCharsets.UTF_8);
        Files.writeString(outDir.resolve("index.html"), HtmlRenderer.render(m, generated), StandardCharsets.UTF_8);
        if (update != null) {
            Files.writeString(update, snapshot, StandardCharsets.UTF_8);
        }
        if (uncovered != null) {
            Files.writeString(uncovered, Coverage.render(ref, results.values()), StandardCharsets.UTF_8);
        }

        if (!quiet) {
            out.print(SummaryTable.render(m));
            out.println("wrote " + outDir.resolve("matrix.json") + ", MATRIX.md, index.html"
                    + (update != null ? "; snapshot " + update + " (" + SNAPSHOT_ENGINE + ")" : "")
                    + (uncovered != null ? "; " + uncovered : ""));
        }
        if (check != null) {
            if (!Files.exists(check)) {
                err.println("matrix: snapshot " + check + " does not exist; create it with --update-snapshot " + check);
                return 1;
            }
            String diff = MarkdownRenderer.firstDifference(Files.readString(check, StandardCharsets.UTF_8), snapshot);
            if (diff != null) {
                err.println("matrix: snapshot " + check + " is out of date (" + diff
                        + ")\nregenerate it with: matrix/generate --update-snapshot " + check);
                return 1;
            }
            if (!quiet) out.println("snapshot " + check + " is up to date");
        }
        return 0;
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) throw new UsageException(flag + " needs a value");
        return args[i];
    }

    static Path findRoot(Path start) {
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("matrix/data"))) return p;
        }
        throw new UsageException("cannot find the repository root (a directory with matrix/data) from " + start
                + "; pass --root");
    }

    static Path newestReference(Path dataDir) throws IOException {
        List<Path> refs = list(dataDir, "api-surface-node-", ".json");
        return refs.stream().max(Comparator.comparing(p -> versionKey(p.getFileName().toString())))
                .orElseThrow(() -> new UsageException("no api-surface-node-*.json in " + dataDir));
    }

    /** "api-surface-node-25.8.1.json" -> zero-padded "00025.00008.00001" for ordering. */
    static String versionKey(String fileName) {
        String v = fileName.replace("api-surface-node-", "").replace(".json", "");
        StringBuilder sb = new StringBuilder();
        for (String part : v.split("\\.")) {
            String digits = part.replaceAll("\\D", "");
            sb.append(String.format("%05d.", digits.isEmpty() ? 0 : Long.parseLong(digits)));
        }
        return sb.toString();
    }

    static String engineFromFile(Path f) {
        String n = f.getFileName().toString();
        return n.substring("surface-".length(), n.length() - ".json".length());
    }

    private static List<Path> list(Path dir, String prefix, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(suffix) && Files.isRegularFile(p);
            }).sorted().toList();
        }
    }
}
