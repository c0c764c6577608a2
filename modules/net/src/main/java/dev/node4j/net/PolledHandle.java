package dev.node4j.net;

import java.io.IOException;
import java.nio.channels.SelectableChannel;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import dev.node4j.core.NodeEnv;

/**
 * A channel watched by the {@link Poller} on behalf of one context: a listening server or a
 * stream socket. Like a libuv handle it keeps the loop alive while it is active (has something
 * to wait for) and referenced; everything but {@link #ready} and {@link #wanted} runs on the
 * context's loop thread.
 */
public abstract class PolledHandle {
    final NodeEnv env;
    final NetBinding binding;
    private volatile int wanted;         // what the poller is to apply (read on its thread)
    private int armedOps;                // what we last asked the poller for
    private boolean referenced = true;
    private boolean counted;             // counted in the loop's live handles
    boolean closed;

    PolledHandle(NetBinding binding) {
        this.binding = binding;
        this.env = binding.env;
        binding.opened(this);
    }

    abstract SelectableChannel channel();

    /** The interest ops this handle waits for now (SelectionKey.OP_*), 0 for none. */
    abstract int interest();

    /** Does the I/O that {@code readyOps} says can proceed; loop thread. */
    abstract void onReady(int readyOps);

    /** Poller thread (which has just cleared the interest): posts the I/O to the context's loop. */
    final void ready(int readyOps) {
        env.loop().post(() -> {
            armedOps = 0;
            if (closed) return;
            onReady(readyOps);
            update();
        });
    }

    final int wanted() {
        return wanted;
    }

    /** Re-reads {@link #interest()}: arms the poller and the loop's liveness with it. */
    final void update() {
        int ops = closed ? 0 : interest();
        if (ops != armedOps || closed) {
            armedOps = ops;
            wanted = ops;
            Poller.get().arm(this);
        }
        boolean count = referenced && ops != 0 && !closed;
        if (count != counted) {
            counted = count;
            if (count) env.loop().refHandle();
            else env.loop().unrefHandle();
        }
    }

    @HostAccess.Export
    public void ref() {
        referenced = true;
        update();
    }

    @HostAccess.Export
    public void unref() {
        referenced = false;
        update();
    }

    @HostAccess.Export
    public boolean hasRef() {
        return referenced;
    }

    /** Closes the channel; {@code done} runs in the loop's close phase, as libuv's close callback. */
    @HostAccess.Export
    public void close(Value done) {
        if (closed) return;
        closeQuietly();
        env.loop().onClose(() -> {
            if (done != null && done.canExecute()) env.invoke(done);
        });
    }

    /** Closes the channel and releases the loop; no callback. */
    final void closeQuietly() {
        if (closed) return;
        closed = true;
        binding.closed(this);
        try {
            beforeClose();
            channel().close();
            afterClose();
        } catch (IOException e) {
            // the descriptor is gone either way
        }
        update();   // releases the loop and wakes the poller, which releases the descriptor
    }

    /** Hook for a socket option to set just before closing (SO_LINGER for a reset). */
    void beforeClose() throws IOException {
    }

    /** Hook for clean-up once the channel is closed (a Unix socket's file). */
    void afterClose() throws IOException {
    }
}
