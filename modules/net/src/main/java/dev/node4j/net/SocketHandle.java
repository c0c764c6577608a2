package dev.node4j.net;

import java.io.IOException;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * A stream socket (TCP or Unix domain), connected or connecting: libuv's uv_tcp_t/uv_pipe_t for
 * the facade's net.Socket. Reads, writes and the connect finish run on the loop thread with the
 * channel non-blocking; the poller only says when to retry. Results reach JS through the
 * callbacks given to {@link #callbacks}: onread(bytes | null, error code | 'EOF' | null),
 * onwrite(error code | null) once per queued write in order, onconnect(error code | null) and
 * onshutdown(error code | null). Error codes are errno names (ECONNRESET); JS adds the message.
 */
public final class SocketHandle extends PolledHandle {
    private static final int READS_PER_WAKE = 16;   // as libuv: bound one socket's turn

    private final SocketChannel channel;
    private final ArrayDeque<ByteBuffer> queued = new ArrayDeque<>();   // writes not yet in the kernel
    private Value onread;
    private Value onwrite;
    private Value onconnect;
    private Value onshutdown;
    private boolean connecting;
    private boolean reading;
    private boolean shutdownPending;
    private boolean reset;

    SocketHandle(NetBinding binding, SocketChannel channel, boolean ipv6) {
        super(binding, ipv6);
        this.channel = channel;
    }

    @Override
    SelectableChannel channel() {
        return channel;
    }

    @Override
    int interest() {
        if (connecting) return SelectionKey.OP_CONNECT;
        return (reading ? SelectionKey.OP_READ : 0) | (queued.isEmpty() ? 0 : SelectionKey.OP_WRITE);
    }

    @HostAccess.Export
    public void callbacks(Value onread, Value onwrite, Value onconnect, Value onshutdown) {
        this.onread = onread;
        this.onwrite = onwrite;
        this.onconnect = onconnect;
        this.onshutdown = onshutdown;
    }

    /** Starts connecting to {@code address}; the result comes to onconnect (never synchronously). */
    void connect(SocketAddress address) throws IOException {
        if (channel.connect(address)) {
            env.loop().post(() -> {
                if (!closed) env.invoke(onconnect, (Object) null);
            });
        } else {
            connecting = true;
            update();
        }
    }

    @Override
    void ready(int ops) {
        if (connecting && (ops & SelectionKey.OP_CONNECT) != 0) {
            finishConnect();
            return;
        }
        if ((ops & SelectionKey.OP_WRITE) != 0) flush();
        if ((ops & SelectionKey.OP_READ) != 0) readSome();
    }

    private void finishConnect() {
        String error = null;
        try {
            if (!channel.finishConnect()) return;   // spurious: still in progress
        } catch (IOException e) {
            error = NetBinding.errno(e);
        }
        connecting = false;
        update();
        env.invoke(onconnect, error);
    }

    @HostAccess.Export
    public void readStart() {
        reading = true;
        update();
    }

    @HostAccess.Export
    public void readStop() {
        reading = false;
        update();
    }

    private void readSome() {
        ByteBuffer buf = binding.readBuffer();
        for (int i = 0; i < READS_PER_WAKE && reading && !closed; i++) {
            int n;
            try {
                buf.clear();
                n = channel.read(buf);
            } catch (IOException e) {
                reading = false;
                env.invoke(onread, null, NetBinding.errno(e));
                return;
            }
            if (n == 0) return;
            if (n < 0) {
                reading = false;
                env.invoke(onread, null, "EOF");
                return;
            }
            // A fresh buffer of exactly n bytes: JS keeps it as the Buffer's memory (no copy there).
            ByteBuffer chunk = ByteBuffer.allocate(n);
            chunk.put(buf.flip()).flip();
            env.invoke(onread, chunk, null);
            if (n < buf.capacity()) return;   // the kernel had no more
        }
    }

    /**
     * Writes {@code length} bytes of the ArrayBuffer at once if the kernel takes them: returns 0
     * when all went (the caller completes the write itself), 1 when some are queued (onwrite
     * follows), or the error code.
     */
    @HostAccess.Export
    public Object write(Value arrayBuffer, int offset, int length) {
        if (queued.isEmpty()) {
            ByteBuffer bb = ByteBuffer.wrap(binding.bytes().read(arrayBuffer, offset, length), 0, length);
            try {
                channel.write(bb);
            } catch (IOException e) {
                return NetBinding.errno(e);
            }
            if (!bb.hasRemaining()) return 0;
            ByteBuffer rest = ByteBuffer.allocate(bb.remaining());
            queued.add(rest.put(bb).flip());
        } else {
            byte[] copy = new byte[length];
            arrayBuffer.readBuffer(offset, copy, 0, length);
            queued.add(ByteBuffer.wrap(copy));
        }
        update();
        return 1;
    }

    @HostAccess.Export
    public int writeQueueSize() {
        int n = 0;
        for (ByteBuffer b : queued) n += b.remaining();
        return n;
    }

    private void flush() {
        while (!queued.isEmpty() && !closed) {
            ByteBuffer head = queued.peek();
            try {
                channel.write(head);
            } catch (IOException e) {
                String code = NetBinding.errno(e);
                while (!queued.isEmpty() && !closed) {   // every queued write fails, in order
                    queued.poll();
                    env.invoke(onwrite, code);
                }
                return;
            }
            if (head.hasRemaining()) return;
            queued.poll();
            env.invoke(onwrite, (Object) null);
        }
        if (queued.isEmpty() && shutdownPending && !closed) shutdownNow();
    }

    /** Half-closes after the queued writes; onshutdown follows. Returns an error code or null. */
    @HostAccess.Export
    public String shutdown() {
        if (!channel.isConnected()) return "ENOTCONN";
        if (queued.isEmpty()) {
            env.loop().post(() -> {
                if (!closed) shutdownNow();
            });
        } else {
            shutdownPending = true;
        }
        return null;
    }

    private void shutdownNow() {
        shutdownPending = false;
        String error = null;
        try {
            channel.shutdownOutput();
        } catch (IOException e) {
            error = NetBinding.errno(e);
        }
        env.invoke(onshutdown, error);
    }

    @HostAccess.Export
    public String setNoDelay(boolean on) {
        return option(() -> channel.setOption(StandardSocketOptions.TCP_NODELAY, on));
    }

    @HostAccess.Export
    public String setKeepAlive(boolean on, int initialDelaySeconds) {
        return option(() -> {
            channel.setOption(StandardSocketOptions.SO_KEEPALIVE, on);
            if (on && initialDelaySeconds > 0
                    && channel.supportedOptions().contains(jdk.net.ExtendedSocketOptions.TCP_KEEPIDLE)) {
                channel.setOption(jdk.net.ExtendedSocketOptions.TCP_KEEPIDLE, initialDelaySeconds);
            }
        });
    }

    @HostAccess.Export
    public String setTypeOfService(int tos) {
        return option(() -> channel.setOption(StandardSocketOptions.IP_TOS, tos));
    }

    @HostAccess.Export
    public int getTypeOfService() {
        try {
            return channel.getOption(StandardSocketOptions.IP_TOS);
        } catch (IOException | UnsupportedOperationException e) {
            return 0;
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static String option(IoAction action) {
        try {
            action.run();
            return null;
        } catch (UnsupportedOperationException e) {
            return null;   // a Unix domain socket has no TCP options; Node ignores them there too
        } catch (IOException e) {
            return NetBinding.errno(e);
        }
    }

    /** Closes with an RST instead of a FIN (Node's socket.resetAndDestroy()). */
    @HostAccess.Export
    public void resetOnClose() {
        reset = true;
    }

    @Override
    void beforeClose() throws IOException {
        if (reset) channel.setOption(StandardSocketOptions.SO_LINGER, 0);
    }


    /** [address, family, port] of the peer, or null when not connected. */
    @HostAccess.Export
    public Object[] peername() {
        try {
            return binding.describe(channel.getRemoteAddress(), ipv6);
        } catch (IOException e) {
            return null;
        }
    }
}
