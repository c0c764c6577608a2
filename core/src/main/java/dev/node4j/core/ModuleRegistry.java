package dev.node4j.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;

/**
 * The builtin modules a runtime offers: every {@link NodeModule} found on the class path by
 * {@link ServiceLoader}, or a set composed by hand. Immutable and shared by all contexts.
 */
public final class ModuleRegistry {
    private final Map<String, NodeModule> byId;
    private final Map<String, NodeModule> byName;
    private final List<NodeModule.GlobalSpec> globals;
    private final java.util.Set<String> schemeOnly = new java.util.HashSet<>();

    private ModuleRegistry(Collection<NodeModule> modules) {
        Map<String, NodeModule> ids = new LinkedHashMap<>();
        Map<String, NodeModule> names = new LinkedHashMap<>();
        List<NodeModule.GlobalSpec> g = new ArrayList<>();
        for (NodeModule m : modules) {
            if (names.putIfAbsent(m.name(), m) != null) {
                throw new IllegalArgumentException("two modules are named " + m.name());
            }
            for (String id : m.ids()) {
                NodeModule prev = ids.putIfAbsent(id, m);
                if (prev != null) {
                    throw new IllegalArgumentException("builtin '" + id + "' is served by both "
                            + prev.name() + " and " + m.name());
                }
            }
            g.addAll(m.globals());
            schemeOnly.addAll(m.schemeOnlyIds());
        }
        this.byId = Collections.unmodifiableMap(ids);
        this.byName = Collections.unmodifiableMap(names);
        this.globals = List.copyOf(g);
    }

    /** Every module on the class path of {@code loader}. */
    public static ModuleRegistry fromClassPath(ClassLoader loader) {
        List<NodeModule> found = new ArrayList<>();
        ServiceLoader.load(NodeModule.class, loader).forEach(found::add);
        return new ModuleRegistry(found);
    }

    public static ModuleRegistry fromClassPath() {
        return fromClassPath(ModuleRegistry.class.getClassLoader());
    }

    public static ModuleRegistry of(NodeModule... modules) {
        return new ModuleRegistry(List.of(modules));
    }

    public static ModuleRegistry of(Collection<NodeModule> modules) {
        return new ModuleRegistry(modules);
    }

    public NodeModule byId(String id) {
        return byId.get(id);
    }

    public NodeModule byName(String name) {
        return byName.get(name);
    }

    /** Builtin ids a bare specifier reaches, sorted: {@code module.builtinModules}. */
    public List<String> publicIds() {
        TreeSet<String> out = new TreeSet<>();
        for (String id : byId.keySet()) if (isPublic(id)) out.add(id);
        return List.copyOf(out);
    }

    /** Reachable as {@code id} and as {@code node:id}. */
    public boolean isPublic(String id) {
        return byId.containsKey(id) && !id.startsWith("internal/") && !schemeOnly.contains(id);
    }

    /** Reachable only as {@code node:id} (Node's {@code node:test}). */
    public boolean isSchemeOnly(String id) {
        return schemeOnly.contains(id);
    }

    public List<NodeModule.GlobalSpec> globals() {
        return globals;
    }

    public Collection<NodeModule> modules() {
        return byName.values();
    }
}
