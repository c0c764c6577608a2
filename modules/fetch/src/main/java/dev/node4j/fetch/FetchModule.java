package dev.node4j.fetch;

import java.util.List;

import dev.node4j.core.NodeEnv;
import dev.node4j.core.NodeModule;

/**
 * The WHATWG {@code fetch} global with Headers, Request and Response, over
 * {@link java.net.http.HttpClient}. Bodies are buffered (no streaming yet); FormData is absent.
 */
public final class FetchModule implements NodeModule {
    @Override
    public String name() {
        return "fetch";
    }

    @Override
    public List<String> ids() {
        return List.of("internal/fetch");
    }

    @Override
    public Object createBinding(NodeEnv env) {
        return new FetchBinding(env);
    }

    @Override
    public List<GlobalSpec> globals() {
        return List.of(GlobalSpec.enumerable("fetch", "internal/fetch", "fetch"),
                GlobalSpec.of("Headers", "internal/fetch", "Headers"),
                GlobalSpec.of("Request", "internal/fetch", "Request"),
                GlobalSpec.of("Response", "internal/fetch", "Response"));
    }
}
