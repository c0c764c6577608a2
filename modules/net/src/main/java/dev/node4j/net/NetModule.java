package dev.node4j.net;

import java.util.List;

import dev.node4j.core.NodeEnv;
import dev.node4j.core.NodeModule;

/** {@code net}: TCP and Unix domain sockets (Server, Socket) over java.nio channels, the IP
 * checks, BlockList and SocketAddress. */
public final class NetModule implements NodeModule {
    @Override
    public String name() {
        return "net";
    }

    @Override
    public List<String> ids() {
        return List.of("net", "internal/net/socket", "internal/net/socket_props", "internal/net/server",
                "internal/net/args", "internal/net/inet", "internal/net/socketaddress",
                "internal/net/blocklist");
    }

    @Override
    public Object createBinding(NodeEnv env) {
        return new NetBinding(env);
    }
}
