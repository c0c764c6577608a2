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
        return List.of("module", "internal/errors", "internal/validators", "internal/unhandled_rejection");
    }

    @Override
    public String resource(String id) {
        return "/node4j/core/" + id.replace('/', '_') + ".js";
    }
}
