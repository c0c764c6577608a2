package dev.node4j.process;

import java.util.List;

import dev.node4j.core.NodeEnv;
import dev.node4j.core.NodeModule;

/** Node's {@code process} object (the global and {@code require('process')}). */
public final class ProcessModule implements NodeModule {
    @Override
    public String name() {
        return "process";
    }

    @Override
    public List<String> ids() {
        return List.of("process", "internal/process/warning", "internal/process/credentials",
                "internal/process/finalization", "internal/process/signals", "internal/process/resources",
                "internal/process/flags", "internal/process/stdio", "internal/process/report",
                "internal/process/native");
    }

    @Override
    public Object createBinding(NodeEnv env) {
        return new ProcessBinding(env);
    }

    @Override
    public List<GlobalSpec> globals() {
        return List.of(GlobalSpec.of("process", "process", null));
    }
}
