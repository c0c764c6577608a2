package dev.node4j.http;

import java.util.List;

import dev.node4j.core.NodeEnv;
import dev.node4j.core.NodeModule;

/** Node's {@code http}: the message parser lives here in Java; servers and clients are JS over net. */
public final class HttpModule implements NodeModule {
    @Override
    public String name() {
        return "http";
    }

    @Override
    public List<String> ids() {
        return List.of("http", "_http_agent", "_http_client", "_http_common", "_http_incoming", "_http_outgoing",
                "_http_server");
    }

    @Override
    public Object createBinding(NodeEnv env) {
        return new HttpBinding(env);
    }
}
