package dev.node4j.core;

import java.util.List;

/**
 * The builtins core itself serves, registered through the same SPI as every other module:
 * {@code module} (the CommonJS loader) and the internal helpers facades share.
 */
public final class CoreModules implements NodeModule {
    @Override
    public String name() {
        return "core";
    }

    @Override
    public List<String> ids() {
        return List.of("module", "internal/errors", "internal/validators", "internal/unhandled_rejection",
                "internal/disposable", "internal/custom_inspect", "internal/net/ip");
    }

    /** Language builtins GraalJS 25 lacks and Node has (explicit resource management). */
    @Override
    public List<GlobalSpec> globals() {
        return List.of(
                GlobalSpec.of("DisposableStack", "internal/disposable", "DisposableStack"),
                GlobalSpec.of("AsyncDisposableStack", "internal/disposable", "AsyncDisposableStack"),
                GlobalSpec.of("SuppressedError", "internal/disposable", "SuppressedError"));
    }

    @Override
    public String resource(String id) {
        return "/node4j/core/" + id.replace('/', '_') + ".js";
    }
}
