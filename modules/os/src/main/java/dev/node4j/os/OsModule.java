package dev.node4j.os;

import java.util.List;

import dev.node4j.core.NodeEnv;
import dev.node4j.core.NodeModule;

/** Node's {@code os}: facts about the machine, read from the JVM and Linux's /proc and /etc. */
public final class OsModule implements NodeModule {
    @Override
    public String name() {
        return "os";
    }

    @Override
    public List<String> ids() {
        return List.of("os", "internal/os_constants");
    }

    @Override
    public Object createBinding(NodeEnv env) {
        return new OsBinding(env);
    }
}
