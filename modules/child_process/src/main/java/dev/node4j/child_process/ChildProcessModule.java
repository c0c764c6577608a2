package dev.node4j.child_process;

import dev.node4j.core.NodeEnv;
import dev.node4j.core.NodeModule;

/** {@code child_process} on java.lang.ProcessBuilder: spawn/exec/execFile and their Sync forms. */
public final class ChildProcessModule implements NodeModule {
    @Override
    public String name() {
        return "child_process";
    }

    @Override
    public java.util.List<String> ids() {
        return java.util.List.of("child_process", "internal/child_process", "internal/child_process/args");
    }

    @Override
    public Object createBinding(NodeEnv env) {
        return new ChildProcessBinding(env);
    }
}
