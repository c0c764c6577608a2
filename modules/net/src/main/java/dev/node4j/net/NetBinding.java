package dev.node4j.net;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

import org.graalvm.polyglot.HostAccess;

import dev.node4j.core.Errno;
import dev.node4j.core.NodeEnv;
import dev.node4j.core.ReusedBytes;

/**
 * {@code internalBinding('net')}: opens the listening and stream sockets behind net.Server and
 * net.Socket. Addresses come in as IP literals (the facade has looked host names up); failures
 * come back as errno names for the facade to turn into Node's errors.
 */
public final class NetBinding implements AutoCloseable {
    private static final int READ_BUFFER = 64 * 1024;   // as libuv's read size

    final NodeEnv env;
    /** Open handles, closed with the context (a serverless host ends contexts, not processes). */
    private final java.util.Set<PolledHandle> open = new java.util.HashSet<>();
    private final ByteBuffer readBuffer = ByteBuffer.allocate(READ_BUFFER);
    private final ReusedBytes bytes = new ReusedBytes(16 * 1024, 1024 * 1024);

    NetBinding(NodeEnv env) {
        this.env = env;
    }

    /** Shared by this context's sockets: reads and writes all run on its one loop thread. */
    ByteBuffer readBuffer() {
        return readBuffer;
    }

    ReusedBytes bytes() {
        return bytes;
    }

    /** A TCP server bound to {@code ip:port} (port 0: any free port), or the errno name. */
    @HostAccess.Export
    public Object listenTcp(String ip, int port, int backlog) {
        boolean ipv6 = ip.indexOf(':') >= 0;
        ServerSocketChannel ch = null;
        try {
            ch = ServerSocketChannel.open(ipv6 ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
            ch.configureBlocking(false);
            ch.bind(new InetSocketAddress(InetAddress.getByName(ip), port), backlog);
            return new ServerHandle(this, ch, ipv6, null);
        } catch (IOException | UnsupportedOperationException e) {
            closeQuietly(ch);
            return errno(e);
        }
    }

    /** A Unix domain socket server at {@code path}, or the errno name. */
    @HostAccess.Export
    public Object listenPipe(String path, int backlog) {
        ServerSocketChannel ch = null;
        try {
            ch = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            ch.configureBlocking(false);
            java.nio.file.Path file = env.resolvePath(path);
            ch.bind(UnixDomainSocketAddress.of(file), backlog);
            return new ServerHandle(this, ch, false, file);
        } catch (IOException e) {
            closeQuietly(ch);
            return errno(e);
        }
    }

    /**
     * A TCP socket connecting to {@code ip:port} from {@code localIp:localPort} when given; its
     * result comes to the callbacks set by {@code setup}, called before connecting. Returns the
     * handle or the errno name of a failure to even start.
     */
    @HostAccess.Export
    public Object connectTcp(String ip, int port, String localIp, int localPort, org.graalvm.polyglot.Value setup) {
        boolean ipv6 = ip.indexOf(':') >= 0;
        SocketChannel ch = null;
        try {
            ch = SocketChannel.open(ipv6 ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
            ch.configureBlocking(false);
            if (localIp != null) ch.bind(new InetSocketAddress(InetAddress.getByName(localIp), localPort));
            SocketHandle h = new SocketHandle(this, ch, ipv6);
            setup.execute(h);
            h.connect(new InetSocketAddress(InetAddress.getByName(ip), port));
            return h;
        } catch (IOException | UnsupportedOperationException e) {
            closeQuietly(ch);
            return errno(e);
        }
    }

    /** {@link #connectTcp} for a Unix domain socket at {@code path}. */
    @HostAccess.Export
    public Object connectPipe(String path, org.graalvm.polyglot.Value setup) {
        SocketChannel ch = null;
        try {
            ch = SocketChannel.open(StandardProtocolFamily.UNIX);
            ch.configureBlocking(false);
            SocketHandle h = new SocketHandle(this, ch, false);
            setup.execute(h);
            h.connect(UnixDomainSocketAddress.of(env.resolvePath(path)));
            return h;
        } catch (IOException e) {
            closeQuietly(ch);
            return errno(e);
        }
    }

    void opened(PolledHandle h) {
        open.add(h);
    }

    void closed(PolledHandle h) {
        open.remove(h);
    }

    /** The context is closing: every channel it still has open is closed, no JS runs. */
    @Override
    public void close() {
        for (PolledHandle h : java.util.List.copyOf(open)) h.closeQuietly();
        open.clear();
    }

    /** [address, family, port] as Node prints them, [path] for a Unix socket, null if unbound. */
    Object[] describe(SocketAddress address, boolean ipv6) {
        if (address instanceof UnixDomainSocketAddress u) return new Object[] {u.getPath().toString()};
        if (!(address instanceof InetSocketAddress isa) || isa.getAddress() == null) return null;
        InetAddress a = isa.getAddress();
        if (a instanceof Inet4Address) {
            return ipv6
                    ? new Object[] {"::ffff:" + a.getHostAddress(), "IPv6", isa.getPort()}
                    : new Object[] {a.getHostAddress(), "IPv4", isa.getPort()};
        }
        return new Object[] {Ipv6Text.format((Inet6Address) a), "IPv6", isa.getPort()};
    }

    static String errno(Exception e) {
        if (e instanceof UnsupportedOperationException) return "EAFNOSUPPORT";
        if (e instanceof java.net.UnknownHostException) return "EINVAL";
        return Errno.of(e).name();
    }

    private static void closeQuietly(java.nio.channels.Channel ch) {
        if (ch == null) return;
        try {
            ch.close();
        } catch (IOException ignored) {
            // failed to open anyway
        }
    }
}
