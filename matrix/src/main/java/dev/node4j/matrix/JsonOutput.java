package dev.node4j.matrix;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds matrix/out/matrix.json (schema in matrix/README.md) and the compact data embedded in
 * index.html.
 */
public final class JsonOutput {

    public static final String FORMAT = "node4j-compat-matrix/1";
    /** Characters of a failing test's stderr kept in the outputs. */
    static final int STDERR_TAIL = 600;

    private JsonOutput() { }

    public static ObjectNode matrix(Matrix m, String generated) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("generated", generated);
        ObjectNode ref = root.putObject("reference");
        ref.put("engine", m.reference().engine());
        ref.put("version", m.reference().version());
        ref.put("apis", m.apis().size());
        ArrayNode statuses = root.putArray("statuses");
        for (Status s : Status.values()) statuses.add(s.id());

        ArrayNode engines = root.putArray("engines");
        for (Matrix.Engine e : m.engines()) {
            ObjectNode en = engines.addObject();
            en.put("name", e.name());
            en.put("version", e.version());
            en.put("surface", e.hasSurface());
            en.put("results", e.hasResults());
            if (e.hasResults()) {
                en.put("resultsDate", e.results().date());
                en.put("suite", e.results().suite());
                en.put("platform", e.results().platform());
                en.put("command", e.results().command());
            }
            en.set("apis", counts(e.apiCounts()));
            en.set("tests", tests(e.tests()));
        }

        ArrayNode modules = root.putArray("modules");
        for (Matrix.ModuleRow r : m.modules()) {
            ObjectNode mo = modules.addObject();
            mo.put("name", r.name());
            mo.put("apis", r.apiCount());
            ObjectNode cells = mo.putObject("engines");
            r.cells().forEach((engine, c) -> {
                ObjectNode cell = cells.putObject(engine);
                cell.put("status", c.status().id());
                cell.set("apis", counts(c.counts()));
                cell.set("tests", tests(c.tests()));
            });
        }

        ArrayNode apis = root.putArray("apis");
        for (Matrix.ApiRow r : m.apis()) {
            ObjectNode a = apis.addObject();
            a.put("module", r.module());
            a.put("name", r.name());
            a.put("kind", r.kind());
            if (r.extendsName() != null) a.put("extends", r.extendsName());
            ObjectNode cells = a.putObject("engines");
            r.cells().forEach((engine, c) -> {
                ObjectNode cell = cells.putObject(engine);
                cell.put("status", c.status().id());
                if (c.covering() > 0) {
                    cell.put("covering", c.covering());
                    cell.put("passing", c.passing());
                }
                if (!c.failing().isEmpty()) {
                    ArrayNode f = cell.putArray("failing");
                    c.failing().forEach(f::add);
                }
            });
        }

        ObjectNode failures = root.putObject("failures");
        for (Matrix.Engine e : m.engines()) {
            if (!e.hasResults()) continue;
            ObjectNode byFile = failures.putObject(e.name());
            for (Results.Test t : e.results().tests()) {
                if (!t.failed()) continue;
                ObjectNode f = byFile.putObject(t.file());
                f.put("status", t.status());
                if (t.exitCode() == null) f.putNull("exitCode"); else f.put("exitCode", t.exitCode());
                f.put("stderr", tail(t.stderr()));
            }
        }

        ArrayNode um = root.putArray("unmatchedCovers");
        for (Matrix.UnmatchedCover u : m.unmatchedCovers()) {
            ObjectNode o = um.addObject();
            o.put("name", u.name());
            ArrayNode t = o.putArray("tests");
            u.tests().forEach(t::add);
        }
        return root;
    }

    /** Compact form for the page: arrays instead of objects, one status letter per engine. */
    public static ObjectNode page(Matrix m, String generated) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("generated", generated);
        root.put("reference", m.reference().version());
        ArrayNode engines = root.putArray("engines");
        Map<String, Integer> engineIndex = new HashMap<>();
        for (Matrix.Engine e : m.engines()) {
            engineIndex.put(e.name(), engineIndex.size());
            ObjectNode en = engines.addObject();
            en.put("name", e.name());
            en.put("version", e.version());
            en.put("surface", e.hasSurface());
            en.put("results", e.hasResults());
            en.put("date", e.hasResults() ? e.results().date() : "");
            en.set("apis", counts(e.apiCounts()));
            en.set("tests", tests(e.tests()));
        }
        ArrayNode modules = root.putArray("modules");
        Map<String, Integer> moduleIndex = new HashMap<>();
        for (Matrix.ModuleRow r : m.modules()) {
            moduleIndex.put(r.name(), moduleIndex.size());
            ObjectNode mo = modules.addObject();
            mo.put("name", r.name());
            mo.put("apis", r.apiCount());
            ArrayNode cells = mo.putArray("cells");
            for (Matrix.Engine e : m.engines()) {
                Matrix.ModuleCell c = r.cells().get(e.name());
                ObjectNode cell = cells.addObject();
                cell.put("s", c.status().letter());
                cell.set("apis", counts(c.counts()));
                cell.set("tests", tests(c.tests()));
            }
        }
        // failing tests, numbered
        ArrayNode testList = root.putArray("tests");
        Map<String, Integer> testIndex = new HashMap<>();
        for (Matrix.Engine e : m.engines()) {
            if (!e.hasResults()) continue;
            for (Results.Test t : e.results().tests()) {
                if (!t.failed()) continue;
                testIndex.put(e.name() + "\u0000" + t.file(), testIndex.size());
                ArrayNode tn = testList.addArray();
                tn.add(engineIndex.get(e.name())).add(t.file()).add(t.status()).add(tail(t.stderr()));
            }
        }
        ArrayNode apis = root.putArray("apis");
        ObjectNode fails = root.putObject("fails");
        int i = 0;
        for (Matrix.ApiRow r : m.apis()) {
            StringBuilder letters = new StringBuilder();
            ObjectNode apiFails = null;
            for (Matrix.Engine e : m.engines()) {
                Matrix.Cell c = r.cells().get(e.name());
                letters.append(c.status().letter());
                if (!c.failing().isEmpty()) {
                    if (apiFails == null) apiFails = fails.putObject(String.valueOf(i));
                    ArrayNode list = apiFails.putArray(String.valueOf(engineIndex.get(e.name())));
                    for (String f : c.failing()) {
                        Integer ti = testIndex.get(e.name() + "\u0000" + f);
                        if (ti != null) list.add(ti);
                    }
                }
            }
            ArrayNode row = apis.addArray().add(moduleIndex.get(r.module())).add(r.name()).add(r.kind()).add(letters.toString());
            if (r.extendsName() != null) row.add(r.extendsName());
            i++;
        }
        return root;
    }

    static ObjectNode counts(EnumMap<Status, Integer> counts) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        for (Status s : Status.values()) o.put(s.id(), counts.get(s));
        return o;
    }

    static ObjectNode tests(Matrix.TestCounts t) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("pass", t.pass());
        o.put("fail", t.fail());
        o.put("timeout", t.timeout());
        o.put("skip", t.skip());
        if (t.ran() > 0) o.put("passRate", Math.round(t.passRate() * 10000) / 10000.0);
        else o.putNull("passRate");
        return o;
    }

    static String tail(String s) {
        if (s == null) return "";
        return s.length() <= STDERR_TAIL ? s : "…" + s.substring(s.length() - STDERR_TAIL);
    }
}
