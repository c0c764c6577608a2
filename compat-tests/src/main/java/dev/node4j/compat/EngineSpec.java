package dev.node4j.compat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An engine to run tests on.
 *
 * @param name           the name results are filed under ({@code results/<name>.json})
 * @param command        the command; the test's path is appended to it
 * @param displayCommand what the result file records as {@code command}
 * @param versionCommand the command whose first output line is the engine's version
 */
public record EngineSpec(String name, List<String> command, String displayCommand,
                         List<String> versionCommand) {

    /** Engines whose failures mean the test itself is wrong. */
    public static final Set<String> REFERENCE_NAMES = Set.of("node24", "node25", "node");

    /** Built-in engine names, in the order they are run and reported. */
    public static final List<String> BUILTIN_NAMES =
            List.of("node4j", "node", "node24", "node25", "bun", "deno", "llrt");

    /** Deno only treats a .js file as CommonJS with these flags. */
    static final List<String> DENO_RUN_FLAGS =
            List.of("run", "-A", "--unstable-detect-cjs", "--unstable-sloppy-imports");

    public EngineSpec {
        command = List.copyOf(command);
        versionCommand = List.copyOf(versionCommand);
    }

    public boolean isReference() {
        return REFERENCE_NAMES.contains(name);
    }

    /** Is the executable there? An engine that is not is skipped, not failed. */
    public boolean isPresent() {
        return locate(command.get(0)).isPresent();
    }

    /**
     * Parses {@code NAME=COMMAND} (COMMAND split on spaces) or a bare built-in name.
     * A relative executable path is resolved against the working directory, else the repo root.
     */
    public static EngineSpec parse(String arg, Path repoRoot) {
        int eq = arg.indexOf('=');
        if (eq < 0) {
            return builtin(arg, repoRoot).orElseThrow(() -> new IllegalArgumentException(
                    "unknown engine '" + arg + "': use NAME=COMMAND or one of " + BUILTIN_NAMES));
        }
        String name = arg.substring(0, eq).strip();
        String cmdText = arg.substring(eq + 1).strip();
        if (name.isEmpty() || !name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("bad engine name in '" + arg + "'");
        }
        List<String> parts = new ArrayList<>(Arrays.asList(cmdText.split(" +")));
        if (cmdText.isEmpty()) throw new IllegalArgumentException("empty command in '" + arg + "'");
        parts.set(0, absolutize(parts.get(0), repoRoot));
        List<String> version = new ArrayList<>(parts);
        version.add("--version");
        return new EngineSpec(name, parts, cmdText, version);
    }

    /** The built-in engine of that name, if there is one (present or not). */
    public static Optional<EngineSpec> builtin(String name, Path repoRoot) {
        Path engines = repoRoot.resolve(".engines");
        return Optional.ofNullable(switch (name) {
            case "node4j" -> simple(name, repoRoot.resolve("bin/node4j"), "bin/node4j");
            case "node" -> new EngineSpec(name, List.of("node"), "node", List.of("node", "--version"));
            case "node24", "node25" -> simple(name, engines.resolve(name + "/bin/node"),
                    ".engines/" + name + "/bin/node");
            case "bun" -> simple(name, engines.resolve("bun/bin/bun"), ".engines/bun/bin/bun");
            case "deno" -> {
                String exe = engines.resolve("deno/bin/deno").toString();
                List<String> cmd = new ArrayList<>(List.of(exe));
                cmd.addAll(DENO_RUN_FLAGS);
                yield new EngineSpec(name, cmd, ".engines/deno/bin/deno " + String.join(" ", DENO_RUN_FLAGS),
                        List.of(exe, "--version"));
            }
            case "llrt" -> new EngineSpec(name, List.of("llrt"), "llrt", List.of("llrt", "--version"));
            default -> null;
        });
    }

    /** All built-in engines, present or not. */
    public static List<EngineSpec> builtins(Path repoRoot) {
        return BUILTIN_NAMES.stream().map(n -> builtin(n, repoRoot).orElseThrow()).toList();
    }

    private static EngineSpec simple(String name, Path exe, String display) {
        return new EngineSpec(name, List.of(exe.toString()), display, List.of(exe.toString(), "--version"));
    }

    private static String absolutize(String exe, Path repoRoot) {
        if (!exe.contains("/") && !exe.contains(File.separator)) return exe;   // looked up on PATH
        Path p = Path.of(exe);
        if (p.isAbsolute()) return exe;
        Path fromCwd = p.toAbsolutePath().normalize();
        if (Files.exists(fromCwd)) return fromCwd.toString();
        Path fromRepo = repoRoot.resolve(p).toAbsolutePath().normalize();
        return Files.exists(fromRepo) ? fromRepo.toString() : fromCwd.toString();
    }

    /** Finds an executable: a path as is, a bare name on PATH. */
    static Optional<Path> locate(String exe) {
        if (exe.contains("/") || exe.contains(File.separator)) {
            Path p = Path.of(exe);
            return Files.isRegularFile(p) && Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        String pathVar = System.getenv("PATH");
        if (pathVar == null) return Optional.empty();
        boolean windows = System.getProperty("os.name", "").toLowerCase().startsWith("win");
        for (String dir : pathVar.split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            for (String suffix : windows ? List.of("", ".exe", ".cmd", ".bat") : List.of("")) {
                Path p = Path.of(dir, exe + suffix);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
