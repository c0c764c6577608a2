package dev.node4j.net;

import dev.node4j.core.NodeModule;

/**
 * {@code net}: so far only the part that needs no sockets (address checks and the
 * auto-select-family defaults). Servers and sockets are not built yet and are absent, so the
 * matrix reports them as missing.
 */
public final class NetModule implements NodeModule {
    @Override
    public String name() {
        return "net";
    }
}
