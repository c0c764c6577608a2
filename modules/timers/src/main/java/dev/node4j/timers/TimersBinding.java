package dev.node4j.timers;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import dev.node4j.core.NodeEnv;

/**
 * What the timers facades need beyond core's timer heap: a task for the loop's poll phase, where
 * Node delivers MessagePort messages (a transferred AbortSignal learns of the abort there).
 */
public final class TimersBinding {
    private final NodeEnv env;

    TimersBinding(NodeEnv env) {
        this.env = env;
    }

    /** Runs fn() in the poll phase of the loop's next iteration; it keeps the loop alive until then. */
    @HostAccess.Export
    public void post(Value fn) {
        env.loop().post(() -> env.invoke(fn));
    }
}
