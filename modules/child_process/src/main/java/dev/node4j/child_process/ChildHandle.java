package dev.node4j.child_process;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import dev.node4j.core.NodeEnv;

/**
 * A running child. Reader threads and a waiter thread post their results to the loop, where they
 * reach the facade's {@code onEvent(type, a, b)}: ("stdout"|"stderr", byte[]), ("end", fd),
 * ("exit", code|null, signal|null). The loop stays alive until all of those arrived (or unref()).
 */
public final class ChildHandle {
    private final NodeEnv env;
    private final Process process;
    private final Value onEvent;
    private final String error;
    private final ExecutorService writer;
    private int pending;
    private boolean referenced;
    private volatile int sentSignal = -1;

    ChildHandle(NodeEnv env, Process process, Launcher.Mode[] modes, Value onEvent, String error) {
        this.env = env;
        this.process = process;
        this.onEvent = onEvent;
        this.error = error;
        if (process == null) {
            writer = null;
            return;
        }
        writer = modes[0] == Launcher.Mode.PIPE ? Executors.newSingleThreadExecutor(Thread.ofVirtual().factory()) : null;
        pending = 1;
        if (modes[1] != Launcher.Mode.IGNORE) pending++;
        if (modes[2] != Launcher.Mode.IGNORE) pending++;
        env.loop().refHandle();
        referenced = true;
        if (modes[1] != Launcher.Mode.IGNORE) read(process.getInputStream(), 1, modes[1] == Launcher.Mode.INHERIT);
        if (modes[2] != Launcher.Mode.IGNORE) read(process.getErrorStream(), 2, modes[2] == Launcher.Mode.INHERIT);
        process.onExit().thenAccept(p -> env.loop().post(() -> {
            int exit = p.exitValue();
            Object code = exit;
            Object signal = null;
            // The JVM reports a death by signal N as exit code 128+N; we can only tell the two
            // apart when we sent that signal ourselves.
            if (sentSignal > 0 && exit == 128 + sentSignal) {
                code = null;
                signal = sentSignal;
            }
            if (writer != null) writer.shutdown();
            deliver("exit", code, signal);
        }));
    }

    private void read(InputStream in, int fd, boolean inherit) {
        Thread.ofVirtual().start(() -> {
            byte[] buf = new byte[65536];
            try (in) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    byte[] chunk = java.util.Arrays.copyOf(buf, n);
                    if (inherit) env.loop().post(() -> env.write(fd, chunk, 0, chunk.length));
                    else env.loop().post(() -> env.invoke(onEvent, fd == 1 ? "stdout" : "stderr", chunk));
                }
            } catch (IOException e) {
                // closed: the end follows
            }
            env.loop().post(() -> deliver("end", fd, null));
        });
    }

    private void deliver(String type, Object a, Object b) {
        try {
            env.invoke(onEvent, type, a, b);
        } finally {
            if (--pending == 0) unref();
        }
    }

    @HostAccess.Export
    public String error() {
        return error;
    }

    @HostAccess.Export
    public double pid() {
        return process == null ? -1 : process.pid();
    }

    /** Queues bytes for the child's stdin; {@code done(errorCode|null)} runs on the loop. */
    @HostAccess.Export
    public void write(Value arrayBuffer, int offset, int length, Value done) {
        byte[] b = new byte[length];
        arrayBuffer.readBuffer(offset, b, 0, length);
        env.loop().refHandle();
        writer.execute(() -> {
            String err = null;
            try {
                OutputStream os = process.getOutputStream();
                os.write(b);
                os.flush();
            } catch (IOException e) {
                err = "EPIPE";
            }
            String e = err;
            env.loop().post(() -> {
                env.loop().unrefHandle();
                if (done != null && done.canExecute()) env.invoke(done, e);
            });
        });
    }

    @HostAccess.Export
    public void endInput() {
        if (writer == null || writer.isShutdown()) {
            closeQuietly();
            return;
        }
        writer.execute(this::closeQuietly);
    }

    private void closeQuietly() {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // already closed
        }
    }

    @HostAccess.Export
    public boolean kill(int signal) {
        if (process == null || !process.isAlive()) return false;
        if (signal != 0) sentSignal = signal;
        return Launcher.kill(process, signal);
    }

    @HostAccess.Export
    public void ref() {
        if (!referenced && pending > 0) {
            referenced = true;
            env.loop().refHandle();
        }
    }

    @HostAccess.Export
    public void unref() {
        if (referenced) {
            referenced = false;
            env.loop().unrefHandle();
        }
    }
}
