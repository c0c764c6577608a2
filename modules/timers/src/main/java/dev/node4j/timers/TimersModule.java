package dev.node4j.timers;

import java.util.List;

import dev.node4j.core.NodeEnv;
import dev.node4j.core.NodeModule;

/**
 * Node's {@code timers} and {@code timers/promises}, plus the globals that go with them
 * ({@code queueMicrotask}, {@code structuredClone}). The timer heap and immediate queue live in
 * core's event loop; the facades here only give them Node's objects and semantics. The binding
 * only posts poll-phase tasks (structured clone's transferred AbortSignals).
 */
public final class TimersModule implements NodeModule {
    @Override
    public String name() {
        return "timers";
    }

    @Override
    public List<String> ids() {
        return List.of("timers", "timers/promises", "internal/timers", "internal/structured_clone",
                "internal/transferable_abort_signal");
    }

    @Override
    public Object createBinding(NodeEnv env) {
        return new TimersBinding(env);
    }

    @Override
    public List<GlobalSpec> globals() {
        // Enumerable on Node, in this order (Object.keys(globalThis)).
        return List.of(
                GlobalSpec.enumerable("clearImmediate", "timers", "clearImmediate"),
                GlobalSpec.enumerable("setImmediate", "timers", "setImmediate"),
                GlobalSpec.enumerable("clearInterval", "timers", "clearInterval"),
                GlobalSpec.enumerable("clearTimeout", "timers", "clearTimeout"),
                GlobalSpec.enumerable("setInterval", "timers", "setInterval"),
                GlobalSpec.enumerable("setTimeout", "timers", "setTimeout"),
                GlobalSpec.enumerable("queueMicrotask", "internal/timers", "queueMicrotask"),
                GlobalSpec.enumerable("structuredClone", "internal/structured_clone", "structuredClone"));
    }
}
