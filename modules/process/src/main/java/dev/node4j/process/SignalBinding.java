package dev.node4j.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import dev.node4j.core.NodeEnv;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Signal listeners ({@code process.on('SIGINT', ...)}) over the JVM's signal handling. A signal
 * is caught while at least one runtime in the JVM listens for it; each listening runtime gets a
 * completion on its loop that emits the event. Catching does not keep a loop alive (Node's signal
 * handles are unref'd). When the last listener goes, the default action comes back as in Node
 * (termination by the signal), or the JVM's own handler for signals the JVM handles itself; for
 * SIGINT, util.setTraceSigInt's handler ({@link SigintTrace}) while that is on.
 */
public final class SignalBinding {
    /** Signals the JVM needs for itself (memory faults), beyond the ones it refuses to give up. */
    private static final Set<String> KEPT_BY_JVM = Set.of("BUS");
    /** Signals whose JVM handler only starts an orderly exit: Node's default kills instead. */
    private static final Set<String> SHUTDOWN = Set.of("HUP", "INT", "TERM");

    private static final Map<String, List<Watch>> WATCHES = new HashMap<>();   // guarded by the class
    private static final Map<String, SignalHandler> PREVIOUS = new HashMap<>();

    private record Watch(NodeEnv env, Value emit) {
    }

    private final NodeEnv env;
    private final Map<String, Watch> mine = new HashMap<>();
    private SigintTrace trace;   // while util.setTraceSigInt is on

    SignalBinding(NodeEnv env) {
        this.env = env;
    }

    /**
     * Starts catching {@code name} ("SIGINT") for this runtime; {@code emit(name)} runs on its
     * loop per delivery. Returns null, or "EINVAL" when the signal cannot be caught here.
     */
    @HostAccess.Export
    public String watch(String name, Value emit) {
        String shortName = name.substring(3);
        if (mine.containsKey(shortName)) return null;
        if (KEPT_BY_JVM.contains(shortName)) return "EINVAL";
        Watch w = new Watch(env, emit);
        synchronized (SignalBinding.class) {
            List<Watch> list = WATCHES.get(shortName);
            if (list == null) {
                SignalHandler old;
                try {
                    old = Signal.handle(new Signal(shortName), sig -> deliver(shortName));
                } catch (IllegalArgumentException e) {   // SIGKILL, SIGSTOP, or taken by the JVM
                    return "EINVAL";
                }
                PREVIOUS.put(shortName, old);
                list = new ArrayList<>();
                WATCHES.put(shortName, list);
            }
            list.add(w);
        }
        mine.put(shortName, w);
        return null;
    }

    /** Stops catching {@code name} for this runtime; the last one out restores the default. */
    @HostAccess.Export
    public void unwatch(String name) {
        String shortName = name.substring(3);
        Watch w = mine.remove(shortName);
        if (w == null) return;
        synchronized (SignalBinding.class) {
            List<Watch> list = WATCHES.get(shortName);
            list.remove(w);
            if (!list.isEmpty()) return;
            WATCHES.remove(shortName);
            SignalHandler old = PREVIOUS.remove(shortName);
            SignalHandler tracing = shortName.equals("INT") ? SigintTrace.handler() : null;
            Signal.handle(new Signal(shortName), tracing != null ? tracing
                    : SHUTDOWN.contains(shortName) || old == null ? SignalHandler.SIG_DFL : old);
        }
    }

    /** Puts SIGINT's handler in place after util.setTraceSigInt; 'SIGINT' listeners keep theirs. */
    static void sigintChanged() {
        synchronized (SignalBinding.class) {
            if (WATCHES.containsKey("INT")) return;
            SignalHandler tracing = SigintTrace.handler();
            Signal.handle(new Signal("INT"), tracing != null ? tracing : SignalHandler.SIG_DFL);
        }
    }

    /** util.setTraceSigInt(on) for this runtime (JS thread). */
    @HostAccess.Export
    public void traceSigint(boolean on) {
        trace = SigintTrace.set(env, trace, on);
    }

    private static void deliver(String shortName) {
        List<Watch> targets;
        synchronized (SignalBinding.class) {
            List<Watch> list = WATCHES.get(shortName);
            if (list == null) return;
            targets = List.copyOf(list);
        }
        for (Watch w : targets) {
            w.env().loop().post(() -> w.env().invoke(w.emit(), "SIG" + shortName));
        }
    }
}
