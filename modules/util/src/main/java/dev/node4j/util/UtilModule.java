package dev.node4j.util;

import java.util.List;

import dev.node4j.core.NodeEnv;
import dev.node4j.core.NodeModule;

/** Node's {@code util} (with {@code util/types}) and the shared {@code internal/util/inspect}. */
public final class UtilModule implements NodeModule {
    @Override
    public String name() {
        return "util";
    }

    @Override
    public List<String> ids() {
        return List.of("util", "util/types", "internal/util/inspect", "internal/util/inspect_text",
                "internal/util/inspect_layout", "internal/util/inspect_error", "internal/util/types",
                "internal/util/format", "internal/util/parse_args",
                "internal/mime");
    }

    @Override
    public Object createBinding(NodeEnv env) {
        return new UtilBinding(env);
    }
}
