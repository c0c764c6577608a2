package dev.node4j.core;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What a runtime is started with; see {@link NodeRuntime.Builder}. */
public record NodeOptions(
        Path cwd,
        List<String> argv,        // process.argv: [execPath, script, ...args]
        List<String> execArgv,
        Map<String, String> env,
        InputStream stdin,
        OutputStream stdout,
        OutputStream stderr,
        String execPath,
        boolean exitOnUncaught) {
}
