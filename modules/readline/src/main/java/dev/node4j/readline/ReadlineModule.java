package dev.node4j.readline;

import java.util.List;

import dev.node4j.core.NodeModule;

/**
 * Node's {@code readline} and {@code readline/promises}: an EventEmitter line editor over streams,
 * pure JS (no binding). The internal ids split the facade into files with one job each.
 */
public final class ReadlineModule implements NodeModule {
    @Override
    public String name() {
        return "readline";
    }

    @Override
    public List<String> ids() {
        return List.of("readline", "readline/promises", "internal/readline/utils",
                "internal/readline/keys", "internal/readline/callbacks", "internal/readline/interface",
                "internal/readline/editor", "internal/readline/tty_write",
                "internal/readline/promises", "internal/readline/line_iterator");
    }
}
