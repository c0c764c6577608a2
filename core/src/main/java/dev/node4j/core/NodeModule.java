package dev.node4j.core;

import java.util.List;

/**
 * One Node core module (or a family of builtin ids such as {@code fs} and {@code fs/promises}),
 * found by {@link java.util.ServiceLoader} or added by hand to a {@link ModuleRegistry}.
 *
 * <p>A module is a JS facade per builtin id (a resource evaluated like a CommonJS module with
 * {@code exports, require, module, internalBinding} in scope) over an optional Java binding.
 * Nothing is loaded until a program first requires one of its ids or touches one of its globals.
 */
public interface NodeModule {

    /** The module's name, e.g. {@code "fs"}; its binding is reached as {@code internalBinding(name)}. */
    String name();

    /**
     * Builtin ids this module serves, e.g. {@code ["fs", "fs/promises"]}. Each is also reachable
     * with the {@code node:} prefix. Ids starting with {@code internal/} are visible only to facades.
     */
    default List<String> ids() {
        return List.of(name());
    }

    /**
     * Ids of {@link #ids()} reachable only with the {@code node:} prefix, as Node's {@code node:test}:
     * {@code require('test')} then finds an npm package of that name.
     */
    default List<String> schemeOnlyIds() {
        return List.of();
    }

    /** Class-path resource holding the JS facade for {@code id}. */
    default String resource(String id) {
        return "/node4j/" + name() + "/" + id.replace('/', '_') + ".js";
    }

    /** Class whose class loader holds this module's resources (its jar). */
    default Class<?> resourceAnchor() {
        return getClass();
    }

    /**
     * The Java binding for one context, created on first {@code internalBinding(name())}; its
     * {@code @HostAccess.Export} methods are callable from the facade. Null if the module has none.
     * A binding that is {@link AutoCloseable} is closed when its runtime closes.
     */
    default Object createBinding(NodeEnv env) {
        return null;
    }

    /** Globals this module provides, installed as lazy accessors on every context's global object. */
    default List<GlobalSpec> globals() {
        return List.of();
    }

    /** A global provided by a module: {@code globalThis[name] = require(id)[export]} (or the module itself). */
    record GlobalSpec(String name, String id, String export, boolean enumerable) {
        public static GlobalSpec of(String name, String id, String export) {
            return new GlobalSpec(name, id, export, false);
        }

        public static GlobalSpec enumerable(String name, String id, String export) {
            return new GlobalSpec(name, id, export, true);
        }
    }
}
