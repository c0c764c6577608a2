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
        return List.of("http", "https", "_http_common", "internal/http");
    }

    @Override
    public Object createBinding(NodeEnv env) {
        return new HttpBinding(env);
    }
}
