package dev.node4j.console;

import java.util.List;

import dev.node4j.core.NodeModule;

/** Node's {@code console}: the global object and the {@code Console} class (pure JS over util.inspect). */
public final class ConsoleModule implements NodeModule {
    @Override
    public String name() {
        return "console";
    }

    @Override
    public List<String> ids() {
        return List.of("console", "internal/console/table");
    }

    @Override
    public List<GlobalSpec> globals() {
        return List.of(GlobalSpec.of("console", "console", null));
    }
}
