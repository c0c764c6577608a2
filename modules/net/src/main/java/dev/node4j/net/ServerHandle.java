package dev.node4j.net;

import java.io.IOException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * A listening socket (TCP or Unix domain) for net.Server: accepts on the loop thread when the
 * poller says a connection waits, and hands each to {@code onconnection(SocketHandle | null,
 * error code | null)}.
 */
public final class ServerHandle extends PolledHandle {
    private static final int ACCEPTS_PER_WAKE = 32;

    private final ServerSocketChannel channel;
    private final java.nio.file.Path socketFile;   // a Unix socket's file, removed on close as libuv does
    private Value onconnection;
    private boolean listening;

    ServerHandle(NetBinding binding, ServerSocketChannel channel, boolean ipv6, java.nio.file.Path socketFile) {
        super(binding, ipv6);
        this.channel = channel;
        this.socketFile = socketFile;
    }

    @Override
    void afterClose() throws IOException {
        if (socketFile != null) java.nio.file.Files.deleteIfExists(socketFile);
    }

    @Override
    SelectableChannel channel() {
        return channel;
    }

    @Override
    int interest() {
        return listening ? SelectionKey.OP_ACCEPT : 0;
    }

    /** Starts accepting: connections go to {@code onconnection}. */
    @HostAccess.Export
    public void listen(Value onconnection) {
        this.onconnection = onconnection;
        listening = true;
        update();
    }

    @Override
    void ready(int ops) {
        for (int i = 0; i < ACCEPTS_PER_WAKE && !closed; i++) {
            SocketChannel ch;
            try {
                ch = channel.accept();
                if (ch == null) return;
                ch.configureBlocking(false);
            } catch (IOException e) {
                env.invoke(onconnection, null, NetBinding.errno(e));
                return;
            }
            env.invoke(onconnection, new SocketHandle(binding, ch, ipv6), null);
        }
    }

}
