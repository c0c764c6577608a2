package dev.node4j.compat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Finds the test scripts of a suite. */
public final class TestDiscovery {

    /** Top-level folders of compat-tests/ that hold no tests. */
    static final Set<String> NOT_MODULES =
            Set.of("common", "fixtures", "results", "src", "target", "node_modules");
    /** Folders inside a module folder that hold no tests. */
    private static final Set<String> NOT_TEST_DIRS = Set.of("fixtures", "node_modules");

    private TestDiscovery() {}

    /** compat-tests layout: {@code <root>/<module>/**}{@code /test-*.js}; module = first segment. */
    public static List<TestFile> compatSuite(Path root, String filter) throws IOException {
        List<TestFile> tests = new ArrayList<>();
        List<Path> moduleDirs;
        try (Stream<Path> s = Files.list(root)) {
            moduleDirs = s.filter(Files::isDirectory)
                    .filter(d -> !NOT_MODULES.contains(d.getFileName().toString()))
                    .filter(d -> !d.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        for (Path dir : moduleDirs) {
            String module = dir.getFileName().toString();
            try (Stream<Path> s = Files.walk(dir)) {
                List<Path> files = s.filter(Files::isRegularFile)
                        .filter(TestDiscovery::isTestScript)
                        .filter(p -> !insideIgnoredDir(dir, p))
                        .sorted(Comparator.comparing(Path::toString)).toList();
                for (Path p : files) {
                    TestFile t = TestFile.load(root, p, module);
                    if (matches(t, filter)) tests.add(t);
                }
            }
        }
        return tests;
    }

    /**
     * Node's own tests: {@code <checkout>/test/parallel/test-<module>[-.]*.js} for each of
     * {@code modules}. A file goes to the longest module name that matches it.
     */
    public static List<TestFile> nodeParallel(Path checkout, List<String> modules, String filter)
            throws IOException {
        Path parallel = checkout.resolve("test").resolve("parallel");
        if (!Files.isDirectory(parallel) || !Files.isDirectory(checkout.resolve("test/common"))) {
            throw new IOException(checkout + " does not look like a Node checkout "
                    + "(test/parallel and test/common are missing)");
        }
        List<TestFile> tests = new ArrayList<>();
        try (Stream<Path> s = Files.list(parallel)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                if (!isTestScript(p)) continue;
                String module = moduleOfNodeTest(name, modules);
                if (module == null) continue;
                TestFile t = TestFile.load(checkout, p, module);
                if (matches(t, filter)) tests.add(t);
            }
        }
        return tests;
    }

    /** {@code test-fs-read.js} → {@code fs} when fs is wanted; {@code test-https.js} is not http's. */
    static String moduleOfNodeTest(String fileName, List<String> modules) {
        String best = null;
        for (String m : modules) {
            String prefix = "test-" + m;
            if (fileName.startsWith(prefix) && fileName.length() > prefix.length()) {
                char next = fileName.charAt(prefix.length());
                if ((next == '-' || next == '.') && (best == null || m.length() > best.length())) {
                    best = m;
                }
            }
        }
        return best;
    }

    static boolean isTestScript(Path p) {
        String n = p.getFileName().toString();
        return n.startsWith("test-") && (n.endsWith(".js") || n.endsWith(".mjs") || n.endsWith(".cjs"));
    }

    private static boolean insideIgnoredDir(Path moduleDir, Path file) {
        for (Path part : moduleDir.relativize(file.getParent())) {
            if (NOT_TEST_DIRS.contains(part.toString())) return true;
        }
        return false;
    }

    private static boolean matches(TestFile t, String filter) {
        return filter == null || filter.isEmpty() || t.file().contains(filter);
    }
}
