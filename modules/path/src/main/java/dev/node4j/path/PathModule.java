package dev.node4j.path;

import java.util.List;

import dev.node4j.core.NodeModule;

/**
 * Node's {@code path}, {@code path/posix} and {@code path/win32}: pure string manipulation,
 * done in JS (crossing into Java per call would cost more than the work itself). The only
 * outside input is the current directory, which {@code resolve} reads from {@code process.cwd()}.
 */
public final class PathModule implements NodeModule {
    @Override
    public String name() {
        return "path";
    }

    @Override
    public List<String> ids() {
        return List.of("path", "path/posix", "path/win32", "internal/path_shared", "internal/path_glob");
    }
}
