package dev.node4j.process;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import com.oracle.truffle.api.TruffleContext;

import dev.node4j.core.NodeEnv;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * util.setTraceSigInt: while on and no 'SIGINT' listener is on process, a SIGINT prints
 * "KEYBOARD_INTERRUPT: ..." and the JS stack it interrupted (just the header when the loop was
 * idle), then the process dies of the signal, as Node's. The stack is read at the running
 * thread's next safepoint; an idle loop thread runs a posted task first.
 */
final class SigintTrace {
    static final String HEADER = "KEYBOARD_INTERRUPT: Script execution was interrupted by `SIGINT`\n";

    private static final int SIGINT = 2;
    private static final Set<SigintTrace> ON = ConcurrentHashMap.newKeySet();
    private static final SignalHandler HANDLER = sig -> interrupted();
    private static final AtomicBoolean DYING = new AtomicBoolean();

    private final NodeEnv env;
    private final StackInstrument.Stacks stacks;
    private final TruffleContext context;   // env's, as the instrument sees it
    private final Thread thread;

    private SigintTrace(NodeEnv env) {
        this.env = env;
        this.stacks = env.context().getEngine().getInstruments().get(StackInstrument.ID)
                .lookup(StackInstrument.Stacks.class);
        this.context = stacks.enteredContext();
        this.thread = Thread.currentThread();
    }

    /** Turns tracing on or off for env's runtime; called on its JS thread. */
    static SigintTrace set(NodeEnv env, SigintTrace current, boolean on) {
        if (on == (current != null)) return current;
        SigintTrace next = null;
        if (on) {
            next = new SigintTrace(env);
            ON.add(next);
        } else {
            ON.remove(current);
        }
        SignalBinding.sigintChanged();
        return next;
    }

    /** The SIGINT handler while tracing is on and no runtime listens, else null. */
    static SignalHandler handler() {
        return ON.isEmpty() ? null : HANDLER;
    }

    private static void interrupted() {
        for (SigintTrace t : ON) {
            t.env.loop().post(() -> t.die(List.of()));   // runs first when no JS is running
            try {
                t.stacks.onStack(t.context, t.thread, t::die);
            } catch (IllegalStateException | IllegalArgumentException e) {
                // the context is closing, or its thread left it: the posted task answers
            }
        }
    }

    /** Prints the header and frames to this runtime's stderr, then dies of SIGINT (once). */
    private void die(List<StackInstrument.Frame> frames) {
        if (!DYING.compareAndSet(false, true)) return;
        byte[] text = format(frames).getBytes(StandardCharsets.UTF_8);
        env.write(2, text, 0, text.length);
        env.flush();
        // Death by the signal itself, as Node (Signal.raise refuses a signal without a Java
        // handler); exit status 130 where the process cannot signal itself.
        Signal.handle(new Signal("INT"), SignalHandler.SIG_DFL);
        try {
            if (PosixBinding.SUPPORTED) Libc.kill(ProcessHandle.current().pid(), SIGINT);
            Thread.sleep(1000);
        } catch (RuntimeException | LinkageError | InterruptedException e) {
            // halt below
        }
        Runtime.getRuntime().halt(128 + SIGINT);
    }

    /** Node's lines: the header, then `    at fn (file:line:col)` per frame and a blank line. */
    static String format(List<StackInstrument.Frame> frames) {
        if (frames.isEmpty()) return HEADER;
        StringBuilder sb = new StringBuilder(HEADER);
        for (StackInstrument.Frame f : frames) {
            String where = f.source() + ":" + f.line() + ":" + f.column();
            sb.append("    at ").append(f.function().isEmpty() ? where : f.function() + " (" + where + ")").append('\n');
        }
        return sb.append('\n').toString();
    }
}
