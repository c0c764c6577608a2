package dev.node4j.fs;

import java.util.List;

import dev.node4j.core.NodeEnv;
import dev.node4j.core.NodeModule;

/** Node's {@code fs} and {@code fs/promises}, over Java NIO. */
public final class FsModule implements NodeModule {
    @Override
    public String name() {
        return "fs";
    }

    @Override
    public List<String> ids() {
        return List.of("fs", "fs/promises", "internal/fs/utils", "internal/fs/dir", "internal/fs/cp",
                "internal/fs/dirs",
                "internal/fs/watch", "internal/fs/watch_ignore", "internal/fs/mkdtemp", "internal/fs/glob",
                "internal/fs/blob");
    }

    @Override
    public Object createBinding(NodeEnv env) {
        return new FsBinding(env);
    }
}
