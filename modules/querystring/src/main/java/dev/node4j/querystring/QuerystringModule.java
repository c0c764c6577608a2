package dev.node4j.querystring;

import dev.node4j.core.NodeModule;

/** {@code querystring}: pure JS over strings and Buffers, no binding needed. */
public final class QuerystringModule implements NodeModule {
    @Override
    public String name() {
        return "querystring";
    }
}
