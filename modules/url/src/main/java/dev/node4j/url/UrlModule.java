package dev.node4j.url;

import java.util.List;

import dev.node4j.core.NodeEnv;
import dev.node4j.core.NodeModule;

/** {@code url}: the WHATWG URL (parsed in Java), URLSearchParams and Node's legacy url API. */
public final class UrlModule implements NodeModule {
    @Override
    public String name() {
        return "url";
    }

    @Override
    public List<String> ids() {
        return List.of("url", "internal/url", "internal/url/legacy");
    }

    @Override
    public Object createBinding(NodeEnv env) {
        return new UrlBinding();
    }

    @Override
    public List<GlobalSpec> globals() {
        return List.of(GlobalSpec.of("URL", "url", "URL"), GlobalSpec.of("URLSearchParams", "url", "URLSearchParams"));
    }
}
