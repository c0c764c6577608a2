package dev.node4j.matrix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Joins the reference surface with per-engine surfaces and compat results.
 *
 * <p>Per API and engine:
 * <ul>
 *   <li><b>missing</b>: the engine's surface does not have the name;</li>
 *   <li><b>partial</b>: present, and at least one covering test failed or timed out;</li>
 *   <li><b>supported</b>: present, at least one covering test passed and none failed;</li>
 *   <li><b>untested</b>: present, but no covering test ran (none, or only skips);</li>
 *   <li><b>unknown</b>: the engine has no surface file and no covering test ran. Without a
 *       surface, presence is assumed from the tests (partial / supported).</li>
 * </ul>
 * A test covers an API when its {@code covers} lists the exact name, or lists {@code X.prototype.*}
 * and the API is a direct prototype member {@code X.prototype.m}. No other prefix rule applies:
 * a test covering {@code fs.promises} covers that one name, not {@code fs.promises.readFile}.
 */
public final class Joiner {

    /** Preferred column order; other engines follow, sorted by name. */
    static final List<String> ENGINE_ORDER = List.of("node4j", "node25", "node24", "bun", "deno", "llrt");

    private Joiner() { }

    public static Matrix join(Surface reference, Map<String, Surface> surfaces, Map<String, Results> results) {
        return join(reference, surfaces, results, null);
    }

    /** {@code only}: the engines to show (null: every engine with a surface or results). */
    public static Matrix join(Surface reference, Map<String, Surface> surfaces, Map<String, Results> results,
                              Set<String> only) {
        Map<String, Surface> allSurfaces = new HashMap<>(surfaces);
        allSurfaces.putIfAbsent(reference.engine(), reference);

        List<String> engineNames = orderEngines(allSurfaces.keySet(), results.keySet());
        if (only != null) engineNames = engineNames.stream().filter(only::contains).toList();

        // name -> module, in reference order (sorted by module, then name)
        List<Surface.Api> refApis = new ArrayList<>(reference.apis());
        refApis.sort(Comparator.comparing(Surface.Api::module).thenComparing(Surface.Api::name));
        Set<String> refNames = new HashSet<>();
        for (Surface.Api a : refApis) refNames.add(a.name());

        Map<String, Set<String>> present = new HashMap<>();
        for (String e : engineNames) {
            Surface s = allSurfaces.get(e);
            if (s == null) continue;
            present.put(e, withInherited(s));
        }

        // covers index per engine: exact name -> tests, "X.prototype" -> tests (wildcard)
        Map<String, Map<String, List<Results.Test>>> exact = new HashMap<>();
        Map<String, Map<String, List<Results.Test>>> protoWildcard = new HashMap<>();
        Map<String, Set<String>> unmatched = new TreeMap<>();
        for (String e : engineNames) {
            Results r = results.get(e);
            Map<String, List<Results.Test>> ex = new HashMap<>();
            Map<String, List<Results.Test>> wc = new HashMap<>();
            if (r != null) {
                for (Results.Test t : r.tests()) {
                    for (String c : t.covers()) {
                        if (c.isEmpty()) continue;
                        if (c.endsWith(".prototype.*")) {
                            String base = c.substring(0, c.length() - 2);
                            wc.computeIfAbsent(base, k -> new ArrayList<>()).add(t);
                            if (refNames.stream().noneMatch(n -> n.startsWith(base + "."))) {
                                unmatched.computeIfAbsent(c, k -> new TreeSet<>()).add(t.file());
                            }
                        } else {
                            ex.computeIfAbsent(c, k -> new ArrayList<>()).add(t);
                            if (!refNames.contains(c)) {
                                unmatched.computeIfAbsent(c, k -> new TreeSet<>()).add(t.file());
                            }
                        }
                    }
                }
            }
            exact.put(e, ex);
            protoWildcard.put(e, wc);
        }

        List<Matrix.ApiRow> apiRows = new ArrayList<>();
        for (Surface.Api a : refApis) {
            Map<String, Matrix.Cell> cells = new LinkedHashMap<>();
            for (String e : engineNames) {
                List<Results.Test> covering = covering(a.name(), exact.get(e), protoWildcard.get(e));
                Set<String> names = present.get(e);
                Boolean isPresent = names == null ? null : names.contains(a.name());
                cells.put(e, cell(isPresent, covering));
            }
            apiRows.add(new Matrix.ApiRow(a.module(), a.name(), a.kind(), a.extendsName(), cells));
        }

        List<Matrix.ModuleRow> moduleRows = modules(refApis, apiRows, engineNames, present, results);

        List<Matrix.Engine> engines = new ArrayList<>();
        for (String e : engineNames) {
            EnumMap<Status, Integer> counts = zeroCounts();
            for (Matrix.ApiRow row : apiRows) counts.merge(row.cells().get(e).status(), 1, Integer::sum);
            Results r = results.get(e);
            Matrix.TestCounts tc = Matrix.TestCounts.NONE;
            if (r != null) for (Results.Test t : r.tests()) tc = tc.plus(t);
            Surface s = allSurfaces.get(e);
            String version = s != null && !s.version().isEmpty() ? s.version() : (r != null ? r.version() : "");
            engines.add(new Matrix.Engine(e, version, s != null, r, counts, tc));
        }

        List<Matrix.UnmatchedCover> um = new ArrayList<>();
        unmatched.forEach((k, v) -> um.add(new Matrix.UnmatchedCover(k, List.copyOf(v))));
        return new Matrix(reference, List.copyOf(engines), List.copyOf(moduleRows), List.copyOf(apiRows), List.copyOf(um));
    }

    /**
     * The names an engine has: its own members plus, for each class with {@code extends}, the
     * members it inherits from the listed parent ({@code C.prototype.m} when {@code P.prototype.m}
     * is listed). Surfaces list own members only, so an engine whose class hierarchy differs from
     * the reference's (methods on a listed parent instead of on the class) is not shown as missing.
     */
    static Set<String> withInherited(Surface s) {
        Set<String> names = new HashSet<>();
        Map<String, String> parentOf = new HashMap<>();
        Map<String, List<String>> membersOf = new HashMap<>();   // class -> member suffixes (".x", ".prototype.y", "[Symbol.z]")
        for (Surface.Api a : s.apis()) {
            names.add(a.name());
            if (a.extendsName() != null) parentOf.put(a.name(), a.extendsName());
        }
        if (parentOf.isEmpty()) return names;
        Set<String> classes = new HashSet<>(parentOf.keySet());
        classes.addAll(parentOf.values());
        for (String n : names) {
            for (String c : classes) {
                if (n.length() > c.length() && n.startsWith(c) && (n.charAt(c.length()) == '.' || n.charAt(c.length()) == '[')) {
                    membersOf.computeIfAbsent(c, k -> new ArrayList<>()).add(n.substring(c.length()));
                }
            }
        }
        for (String c : parentOf.keySet()) {
            Set<String> seen = new HashSet<>();
            for (String p = parentOf.get(c); p != null && seen.add(p); p = parentOf.get(p)) {
                for (String suffix : membersOf.getOrDefault(p, List.of())) {
                    if (suffix.startsWith(".prototype.") || suffix.startsWith(".prototype[") || !suffix.startsWith(".prototype")) {
                        names.add(c + suffix);
                    }
                }
            }
        }
        return names;
    }

    static List<String> orderEngines(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        List<String> out = new ArrayList<>();
        for (String e : ENGINE_ORDER) if (all.remove(e)) out.add(e);
        out.addAll(all);
        return out;
    }

    private static List<Results.Test> covering(String api, Map<String, List<Results.Test>> exact,
                                               Map<String, List<Results.Test>> wildcard) {
        List<Results.Test> out = new ArrayList<>(exact.getOrDefault(api, List.of()));
        int p = api.lastIndexOf(".prototype");
        if (p > 0) {
            String base = api.substring(0, p + ".prototype".length());
            String rest = api.substring(base.length());
            // direct members only: ".m" or "[Symbol.x]", not ".m.n"
            boolean direct = (rest.startsWith(".") && rest.indexOf('.', 1) < 0) || rest.startsWith("[");
            if (direct) {
                for (Results.Test t : wildcard.getOrDefault(base, List.of())) {
                    if (!out.contains(t)) out.add(t);
                }
            }
        }
        return out;
    }

    /** Status of one API on one engine; {@code present} is null when the engine has no surface. */
    static Matrix.Cell cell(Boolean present, List<Results.Test> covering) {
        List<String> failing = new ArrayList<>();
        int passing = 0;
        for (Results.Test t : covering) {
            if (t.failed()) failing.add(t.file());
            else if (t.passed()) passing++;
        }
        failing = failing.stream().distinct().sorted().toList();
        Status s;
        if (Boolean.FALSE.equals(present)) s = Status.MISSING;
        else if (!failing.isEmpty()) s = Status.PARTIAL;
        else if (passing > 0) s = Status.SUPPORTED;
        else s = present == null ? Status.UNKNOWN : Status.UNTESTED;
        return new Matrix.Cell(s, failing, passing, covering.size());
    }

    private static List<Matrix.ModuleRow> modules(List<Surface.Api> refApis, List<Matrix.ApiRow> apiRows,
                                                  List<String> engines, Map<String, Set<String>> present,
                                                  Map<String, Results> results) {
        Map<String, List<Matrix.ApiRow>> byModule = new TreeMap<>();
        for (Matrix.ApiRow row : apiRows) byModule.computeIfAbsent(row.module(), k -> new ArrayList<>()).add(row);
        Map<String, String> rootName = new HashMap<>();
        for (Surface.Api a : refApis) {
            if (a.name().equals(a.module()) || (!a.name().contains(".") && !a.module().equals("globals"))) {
                rootName.putIfAbsent(a.module(), a.name());
            }
        }
        List<Matrix.ModuleRow> out = new ArrayList<>();
        for (var entry : byModule.entrySet()) {
            String module = entry.getKey();
            Map<String, Matrix.ModuleCell> cells = new LinkedHashMap<>();
            for (String e : engines) {
                EnumMap<Status, Integer> counts = zeroCounts();
                for (Matrix.ApiRow row : entry.getValue()) counts.merge(row.cells().get(e).status(), 1, Integer::sum);
                Matrix.TestCounts tc = Matrix.TestCounts.NONE;
                Results r = results.get(e);
                if (r != null) for (Results.Test t : r.tests()) if (module.equals(t.module())) tc = tc.plus(t);
                String root = rootName.get(module);
                boolean loadable = present.get(e) == null || root == null || present.get(e).contains(root);
                cells.put(e, new Matrix.ModuleCell(moduleStatus(loadable, counts), counts, tc));
            }
            out.add(new Matrix.ModuleRow(module, entry.getValue().size(), cells));
        }
        return out;
    }

    /**
     * missing: not loadable; partial: some API missing or partial; supported: every API supported;
     * untested: otherwise (everything present, nothing failing, something untested);
     * unknown: nothing is known at all.
     */
    static Status moduleStatus(boolean loadable, EnumMap<Status, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (!loadable) return Status.MISSING;
        if (counts.get(Status.MISSING) > 0 || counts.get(Status.PARTIAL) > 0) return Status.PARTIAL;
        if (total > 0 && counts.get(Status.SUPPORTED) == total) return Status.SUPPORTED;
        if (total > 0 && counts.get(Status.UNKNOWN) == total) return Status.UNKNOWN;
        return Status.UNTESTED;
    }

    static EnumMap<Status, Integer> zeroCounts() {
        EnumMap<Status, Integer> m = new EnumMap<>(Status.class);
        for (Status s : Status.values()) m.put(s, 0);
        return m;
    }
}
