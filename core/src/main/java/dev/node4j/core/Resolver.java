package dev.node4j.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Node's module resolution: relative and absolute paths, directories ({@code package.json}
 * {@code main}, {@code index}), the {@code node_modules} walk, and {@code package.json}
 * {@code exports}/{@code imports} with conditions and {@code *} patterns. One per context
 * (it caches package.json reads); the algorithm follows Node's documented pseudo-code.
 */
public final class Resolver {
    public static final Set<String> REQUIRE_CONDITIONS = Set.of("node", "require", "module-sync", "default");
    public static final Set<String> IMPORT_CONDITIONS = Set.of("node", "import", "module-sync", "default");
    private static final String[] CJS_EXTENSIONS = {".js", ".json", ".node"};

    private final Predicate<String> isBuiltin;          // reachable as a bare id
    private final Predicate<String> isPrefixedBuiltin;  // reachable as node:<id>
    private final Map<Path, Optional<Map<String, Object>>> packageJsonCache = new ConcurrentHashMap<>();

    public Resolver(Predicate<String> isBuiltin) {
        this(isBuiltin, isBuiltin);
    }

    public Resolver(Predicate<String> isBuiltin, Predicate<String> isPrefixedBuiltin) {
        this.isBuiltin = isBuiltin;
        this.isPrefixedBuiltin = isPrefixedBuiltin;
    }

    /**
     * Resolves {@code request} made from a module in {@code parentDir}.
     *
     * @return {@code "node:<id>"} for a builtin, an absolute real path for a file, or null when
     *     nothing matches (the caller raises MODULE_NOT_FOUND with its require stack)
     * @throws NodeException for package configuration errors (ERR_PACKAGE_PATH_NOT_EXPORTED, ...)
     */
    public String resolve(String request, String parentDir, Set<String> conditions, String parentFile) {
        if (request.startsWith("node:")) {
            String id = request.substring(5);
            if (isPrefixedBuiltin.test(id)) return request;
            throw new NodeException("Error", "ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: " + request);
        }
        if (isBuiltin.test(request)) return "node:" + request;
        Path dir = Path.of(parentDir);
        Path found;
        if (request.startsWith("/") || request.startsWith("./") || request.startsWith("../")
                || request.equals(".") || request.equals("..")) {
            Path p = dir.resolve(request).normalize();
            boolean dirOnly = request.endsWith("/") || request.equals(".") || request.equals("..");
            found = dirOnly ? loadAsDirectory(p) : loadAsFileOrDirectory(p);
        } else if (request.startsWith("#")) {
            found = packageImports(request, dir, conditions, parentFile);
        } else {
            found = packageSelf(request, dir, conditions, parentFile);
            if (found == null) found = nodeModules(request, dir, conditions, parentFile);
        }
        return found == null ? null : realPath(found);
    }

    /** "module", "commonjs" or "json" for a resolved file, as Node decides it. */
    public String format(String file) {
        if (file.endsWith(".mjs")) return "module";
        if (file.endsWith(".cjs")) return "commonjs";
        if (file.endsWith(".json")) return "json";
        if (file.endsWith(".node")) return "addon";
        if (file.endsWith(".js") || !fileName(file).contains(".")) {
            Map<String, Object> pkg = packageScope(Path.of(file).getParent());
            if (pkg != null && "module".equals(pkg.get("type"))) return "module";
        }
        return "commonjs";
    }

    /** The nearest package.json at or above {@code dir}, or null. */
    public Map<String, Object> packageScope(Path dir) {
        for (Path d = dir; d != null; d = d.getParent()) {
            if (d.getFileName() != null && d.getFileName().toString().equals("node_modules")) return null;
            Map<String, Object> pkg = readPackageJson(d);
            if (pkg != null) return pkg;
        }
        return null;
    }

    private Path packageScopeDir(Path dir) {
        for (Path d = dir; d != null; d = d.getParent()) {
            if (d.getFileName() != null && d.getFileName().toString().equals("node_modules")) return null;
            if (readPackageJson(d) != null) return d;
        }
        return null;
    }

    // ---- files and directories ---------------------------------------------------------

    private Path loadAsFileOrDirectory(Path p) {
        Path f = loadAsFile(p);
        return f != null ? f : loadAsDirectory(p);
    }

    private Path loadAsFile(Path p) {
        if (Files.isRegularFile(p)) return p;
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        for (String ext : CJS_EXTENSIONS) {
            Path q = p.resolveSibling(name + ext);
            if (Files.isRegularFile(q)) return q;
        }
        return null;
    }

    private Path loadIndex(Path dir) {
        for (String ext : CJS_EXTENSIONS) {
            Path q = dir.resolve("index" + ext);
            if (Files.isRegularFile(q)) return q;
        }
        return null;
    }

    private Path loadAsDirectory(Path dir) {
        if (!Files.isDirectory(dir)) return null;
        Map<String, Object> pkg = readPackageJson(dir);
        if (pkg != null && pkg.get("main") instanceof String main && !main.isEmpty()) {
            Path m = dir.resolve(main).normalize();
            Path f = loadAsFile(m);
            if (f == null) f = loadIndex(m);
            if (f != null) return f;
        }
        return loadIndex(dir);
    }

    // ---- packages ------------------------------------------------------------------------

    private Path nodeModules(String request, Path start, Set<String> conditions, String parentFile) {
        String[] nameAndSub = splitPackage(request, parentFile);
        for (Path d = start; d != null; d = d.getParent()) {
            if (d.getFileName() != null && d.getFileName().toString().equals("node_modules")) continue;
            Path nm = d.resolve("node_modules");
            if (!Files.isDirectory(nm)) continue;
            Path pkgDir = nm.resolve(nameAndSub[0]);
            Map<String, Object> pkg = readPackageJson(pkgDir);
            if (pkg != null && pkg.containsKey("exports") && pkg.get("exports") != null) {
                return exportsResolve(pkgDir, "." + nameAndSub[1], pkg.get("exports"), conditions, parentFile);
            }
            Path p = nm.resolve(request).normalize();
            Path f = loadAsFileOrDirectory(p);
            if (f != null) return f;
        }
        return null;
    }

    private Path packageSelf(String request, Path dir, Set<String> conditions, String parentFile) {
        Path scope = packageScopeDir(dir);
        if (scope == null) return null;
        Map<String, Object> pkg = readPackageJson(scope);
        if (!(pkg.get("name") instanceof String name) || pkg.get("exports") == null) return null;
        if (!(request.equals(name) || request.startsWith(name + "/"))) return null;
        return exportsResolve(scope, "." + request.substring(name.length()), pkg.get("exports"), conditions, parentFile);
    }

    /** Splits "@scope/name/sub" into {"@scope/name", "/sub"}. */
    private static String[] splitPackage(String request, String parentFile) {
        int slash = request.indexOf('/');
        if (request.startsWith("@")) {
            if (slash < 0) throw invalidSpecifier(request, "is not a valid package name", parentFile);
            slash = request.indexOf('/', slash + 1);
        }
        String name = slash < 0 ? request : request.substring(0, slash);
        String sub = slash < 0 ? "" : request.substring(slash);
        return new String[] {name, sub};
    }

    private Path exportsResolve(Path pkgDir, String subpath, Object exports, Set<String> conditions, String parentFile) {
        Path pkgJson = pkgDir.resolve("package.json");
        Object mainExport = null;
        boolean sugar = exports instanceof String || exports instanceof List
                || (exports instanceof Map<?, ?> m && !m.isEmpty() && !((String) m.keySet().iterator().next()).startsWith("."));
        if (subpath.equals(".")) {
            if (sugar) mainExport = exports;
            else if (exports instanceof Map<?, ?> m) mainExport = m.get(".");
            if (mainExport != null) {
                Path r = resolveTarget(pkgDir, mainExport, "", false, conditions, parentFile, pkgJson);
                if (r != null) return checkExists(r, parentFile);
            }
            throw new NodeException("Error", "ERR_PACKAGE_PATH_NOT_EXPORTED",
                    "No \"exports\" main defined in " + pkgJson + from(parentFile));
        }
        if (exports instanceof Map<?, ?> map && !sugar) {
            @SuppressWarnings("unchecked")
            Path r = matchSubpath(pkgDir, subpath, (Map<String, Object>) map, false, conditions, parentFile, pkgJson);
            if (r != null) return checkExists(r, parentFile);
        }
        throw new NodeException("Error", "ERR_PACKAGE_PATH_NOT_EXPORTED",
                "Package subpath '" + subpath + "' is not defined by \"exports\" in " + pkgJson + from(parentFile));
    }

    private Path packageImports(String request, Path dir, Set<String> conditions, String parentFile) {
        if (request.equals("#") || request.startsWith("#/")) {
            throw invalidSpecifier(request, "is not a valid internal imports specifier name", parentFile);
        }
        Path scope = packageScopeDir(dir);
        if (scope != null) {
            Map<String, Object> pkg = readPackageJson(scope);
            if (pkg.get("imports") instanceof Map<?, ?> imports) {
                @SuppressWarnings("unchecked")
                Path r = matchSubpath(scope, request, (Map<String, Object>) imports, true, conditions, parentFile,
                        scope.resolve("package.json"));
                if (r != null) return r;
            }
        }
        String where = scope == null ? "" : " in package " + scope.resolve("package.json");
        throw new NodeException("TypeError", "ERR_PACKAGE_IMPORT_NOT_DEFINED",
                "Package import specifier \"" + request + "\" is not defined" + where + from(parentFile));
    }

    /** Exact key first, then the longest matching "prefix*suffix" pattern key. */
    private Path matchSubpath(Path pkgDir, String key, Map<String, Object> map, boolean imports,
                              Set<String> conditions, String parentFile, Path pkgJson) {
        if (map.containsKey(key) && !key.contains("*")) {
            return resolveTarget(pkgDir, map.get(key), "", imports, conditions, parentFile, pkgJson);
        }
        String bestKey = null;
        String bestMatch = null;
        for (String k : map.keySet()) {
            int star = k.indexOf('*');
            if (star < 0 || k.indexOf('*', star + 1) >= 0) continue;
            String prefix = k.substring(0, star);
            String suffix = k.substring(star + 1);
            if (key.startsWith(prefix) && !key.equals(prefix) && key.length() >= k.length()
                    && key.endsWith(suffix)) {
                if (bestKey == null || patternKeyCompare(bestKey, k) > 0) {
                    bestKey = k;
                    bestMatch = key.substring(prefix.length(), key.length() - suffix.length());
                }
            }
        }
        if (bestKey != null) {
            return resolveTarget(pkgDir, map.get(bestKey), bestMatch, imports, conditions, parentFile, pkgJson);
        }
        return null;
    }

    /** Node's PATTERN_KEY_COMPARE: negative when a sorts first (longer prefix wins). */
    private static int patternKeyCompare(String a, String b) {
        int baseA = a.indexOf('*') + 1;
        int baseB = b.indexOf('*') + 1;
        if (baseA > baseB) return -1;
        if (baseB > baseA) return 1;
        return Integer.compare(b.length(), a.length());
    }

    private Path resolveTarget(Path pkgDir, Object target, String patternMatch, boolean imports,
                               Set<String> conditions, String parentFile, Path pkgJson) {
        if (target instanceof String t) {
            if (!t.startsWith("./")) {
                if (imports && !t.startsWith("../") && !t.startsWith("/")) {
                    String spec = t.replace("*", patternMatch);
                    Path r = nodeModules(spec, pkgDir, conditions, parentFile);
                    if (r == null) return null;
                    return r;
                }
                throw new NodeException("Error", "ERR_INVALID_PACKAGE_TARGET",
                        "Invalid \"exports\" target \"" + t + "\" defined in the package config " + pkgJson + from(parentFile));
            }
            String resolved = t.replace("*", patternMatch);
            Path p = pkgDir.resolve(resolved).normalize();
            if (!p.startsWith(pkgDir)) {
                throw new NodeException("Error", "ERR_INVALID_PACKAGE_TARGET",
                        "Invalid \"exports\" target \"" + t + "\" defined in the package config " + pkgJson + from(parentFile));
            }
            return p;
        }
        if (target instanceof List<?> list) {
            NodeException last = null;
            for (Object t : list) {
                try {
                    Path r = resolveTarget(pkgDir, t, patternMatch, imports, conditions, parentFile, pkgJson);
                    if (r != null) return r;
                } catch (NodeException e) {
                    if (!"ERR_INVALID_PACKAGE_TARGET".equals(e.code())) throw e;
                    last = e;
                }
            }
            if (last != null) throw last;
            return null;
        }
        if (target instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String cond = (String) e.getKey();
                if (cond.equals("default") || conditions.contains(cond)) {
                    Path r = resolveTarget(pkgDir, e.getValue(), patternMatch, imports, conditions, parentFile, pkgJson);
                    if (r != null) return r;
                }
            }
            return null;
        }
        return null;   // null target: explicitly not exported
    }

    private static Path checkExists(Path p, String parentFile) {
        if (Files.isRegularFile(p)) return p;
        return null;   // Node reports the resolved file as not found
    }

    private static String from(String parentFile) {
        return parentFile == null ? "" : " imported from " + parentFile;
    }

    private static NodeException invalidSpecifier(String request, String reason, String parentFile) {
        return new NodeException("TypeError", "ERR_INVALID_MODULE_SPECIFIER",
                "Invalid module \"" + request + "\" " + reason + from(parentFile));
    }

    // ---- helpers ---------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    Map<String, Object> readPackageJson(Path dir) {
        return packageJsonCache.computeIfAbsent(dir, d -> {
            Path f = d.resolve("package.json");
            if (!Files.isRegularFile(f)) return Optional.empty();
            try {
                Object v = MiniJson.parse(Files.readString(f, StandardCharsets.UTF_8));
                return v instanceof Map ? Optional.of((Map<String, Object>) v) : Optional.empty();
            } catch (IOException | IllegalArgumentException e) {
                throw new NodeException("Error", "ERR_INVALID_PACKAGE_CONFIG",
                        "Invalid package config " + f + ".");
            }
        }).orElse(null);
    }

    private static String realPath(Path p) {
        try {
            return p.toRealPath().toString();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize().toString();
        }
    }

    private static String fileName(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? file : file.substring(slash + 1);
    }

    /** Node's node_modules lookup paths for a directory (module.paths). */
    public static List<String> nodeModulePaths(String dir) {
        List<String> out = new ArrayList<>();
        for (Path d = Path.of(dir); d != null; d = d.getParent()) {
            if (d.getFileName() != null && d.getFileName().toString().equals("node_modules")) continue;
            out.add(d.resolve("node_modules").toString());
        }
        return out;
    }
}
