package dev.node4j.net;

import java.io.IOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import dev.node4j.core.EventLoop;
import dev.node4j.core.NodeEnv;

/**
 * A channel the context's event loop watches: a listening server or a stream socket. The loop
 * waits for readiness itself in its poll phase (as libuv's epoll does) and calls {@link #onReady}
 * on its own thread, where the non-blocking I/O runs; like a libuv handle this keeps the loop
 * alive while it is active (waits for something) and referenced. Loop thread only.
 */
public abstract class PolledHandle implements EventLoop.IoWatcher {
    final NodeEnv env;
    final NetBinding binding;
    final boolean ipv6;                  // an AF_INET6 socket: IPv4 peers show as ::ffff:a.b.c.d, as in Node
    private SelectionKey key;            // registered on the first interest
    private boolean referenced = true;
    private boolean counted;             // counted in the loop's live handles
    boolean closed;

    PolledHandle(NetBinding binding, boolean ipv6) {
        this.binding = binding;
        this.ipv6 = ipv6;
        this.env = binding.env;
        binding.opened(this);
    }

    abstract SelectableChannel channel();

    /** The interest ops this handle waits for now (SelectionKey.OP_*), 0 for none. */
    abstract int interest();

    /** Does the I/O that {@code readyOps} says can proceed; the set may be stale (nothing to do then). */
    abstract void ready(int readyOps);

    @Override
    public final void onReady(int readyOps) {
        if (closed) return;
        ready(readyOps);
        update();
    }

    /** Re-reads {@link #interest()} into the key and the loop's liveness. */
    final void update() {
        int ops = closed ? 0 : interest();
        if (!closed) {
            try {
                if (key == null) {
                    if (ops != 0) key = env.loop().watch(channel(), ops, this);
                } else if (key.interestOps() != ops) {
                    key.interestOps(ops);
                }
            } catch (IOException | CancelledKeyException e) {
                // closed meanwhile: its close tells JS
            }
        }
        boolean count = referenced && ops != 0 && !closed;
        if (count != counted) {
            counted = count;
            if (count) env.loop().refHandle();
            else env.loop().unrefHandle();
        }
    }

    /** [address, family, port] of this end (TCP), [path] (Unix domain), null when unbound or closed. */
    @HostAccess.Export
    public Object[] sockname() {
        try {
            return binding.describe(((NetworkChannel) channel()).getLocalAddress(), ipv6);
        } catch (IOException e) {
            return null;
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
        update();
        if (key != null) env.loop().releaseClosedChannels();
    }

    /** Hook for a socket option to set just before closing (SO_LINGER for a reset). */
    void beforeClose() throws IOException {
    }

    /** Hook for clean-up once the channel is closed (a Unix socket's file). */
    void afterClose() throws IOException {
    }
}
