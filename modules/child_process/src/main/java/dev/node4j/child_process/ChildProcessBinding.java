package dev.node4j.child_process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import dev.node4j.core.NodeEnv;

/** The Java side of child_process: spawnSync runs to completion here; spawn returns a ChildHandle. */
public final class ChildProcessBinding {
    private final NodeEnv env;

    ChildProcessBinding(NodeEnv env) {
        this.env = env;
    }

    static Launcher.Mode[] modes(Value stdio) {
        Launcher.Mode[] m = new Launcher.Mode[3];
        for (int i = 0; i < 3; i++) m[i] = Launcher.mode(stdio.getArrayElement(i).asString());
        return m;
    }

    /**
     * Runs a process to its end. Returns [pid, status|null, signal|null, stdout|null, stderr|null,
     * errorCode|null] where stdout/stderr are byte[] and errorCode is ENOENT, ETIMEDOUT, ENOBUFS...
     */
    @HostAccess.Export
    public Object[] spawnSync(String file, Value args, String cwd, Value envPairs, Value stdio, Value input,
            int inputOffset, int inputLength, double timeout, int killSignal, double maxBuffer) {
        Launcher.Mode[] modes = modes(stdio);
        Process p;
        try {
            p = Launcher.start(env, file, args, cwd, envPairs, modes);
        } catch (Launcher.StartFailure f) {
            return new Object[] {0, null, null, null, null, f.code};
        }
        long limit = maxBuffer >= Long.MAX_VALUE || Double.isInfinite(maxBuffer) ? Long.MAX_VALUE : (long) maxBuffer;
        AtomicBoolean overflow = new AtomicBoolean();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread outReader = modes[1] == Launcher.Mode.IGNORE ? null
                : drain(p.getInputStream(), out, limit, overflow, p, killSignal);
        Thread errReader = modes[2] == Launcher.Mode.IGNORE ? null
                : drain(p.getErrorStream(), err, limit, overflow, p, killSignal);
        if (modes[0] == Launcher.Mode.PIPE) {
            byte[] data = new byte[inputLength];
            if (input != null && !input.isNull() && inputLength > 0) input.readBuffer(inputOffset, data, 0, inputLength);
            Thread.ofVirtual().start(() -> {
                try (OutputStream os = p.getOutputStream()) {
                    os.write(data);
                } catch (IOException e) {
                    // EPIPE: the child did not read its input; Node ignores that too
                }
            });
        }
        boolean timedOut = false;
        try {
            if (timeout > 0) {
                if (!p.waitFor((long) timeout, TimeUnit.MILLISECONDS)) {
                    timedOut = true;
                    Launcher.kill(p, killSignal);
                }
            }
            p.waitFor();
            if (outReader != null) outReader.join();
            if (errReader != null) errReader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        }
        boolean killed = timedOut || overflow.get();
        int exit = p.exitValue();
        Object status = exit;
        Object signal = null;
        if (killed && exit > 128) {
            status = null;
            signal = exit - 128;
        }
        byte[] o = out.toByteArray();
        byte[] e = err.toByteArray();
        if (modes[1] == Launcher.Mode.INHERIT) {
            env.write(1, o, 0, o.length);
            o = null;
        }
        if (modes[2] == Launcher.Mode.INHERIT) {
            env.write(2, e, 0, e.length);
            e = null;
        }
        String code = timedOut ? "ETIMEDOUT" : overflow.get() ? "ENOBUFS" : null;
        return new Object[] {(double) p.pid(), status, signal, o, e, code};
    }

    private static Thread drain(InputStream in, ByteArrayOutputStream to, long limit, AtomicBoolean overflow,
            Process p, int killSignal) {
        return Thread.ofVirtual().start(() -> {
            byte[] buf = new byte[65536];
            try (in) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    synchronized (to) {
                        to.write(buf, 0, n);
                        if (to.size() > limit && overflow.compareAndSet(false, true)) Launcher.kill(p, killSignal);
                    }
                }
            } catch (IOException e) {
                // the pipe closed under us: the process is gone
            }
        });
    }

    /** Starts a process whose events (data, end, exit) reach {@code onEvent} on the loop thread. */
    @HostAccess.Export
    public ChildHandle spawn(String file, Value args, String cwd, Value envPairs, Value stdio, Value onEvent) {
        Launcher.Mode[] modes = modes(stdio);
        Process p;
        try {
            p = Launcher.start(env, file, args, cwd, envPairs, modes);
        } catch (Launcher.StartFailure f) {
            return new ChildHandle(env, null, modes, onEvent, f.code);
        }
        return new ChildHandle(env, p, modes, onEvent, null);
    }

    /** Copies a byte[] that came from Java into a JS ArrayBuffer at {@code offset}. */
    @HostAccess.Export
    public void copyBytes(Value bytes, Value arrayBuffer, int offset) {
        byte[] b = bytes.asHostObject();
        for (int i = 0; i < b.length; i++) arrayBuffer.writeBufferByte(offset + i, b[i]);
    }

    @HostAccess.Export
    public int length(Value bytes) {
        return ((byte[]) bytes.asHostObject()).length;
    }
}
