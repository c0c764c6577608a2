package dev.node4j.dns;

import java.util.List;

import dev.node4j.core.NodeEnv;
import dev.node4j.core.NodeModule;

/**
 * Node's {@code dns}: lookup/lookupService through the system resolver (Java's InetAddress, so
 * getaddrinfo and /etc/hosts as Node has them) on the loop's pool, and the Resolver's settings.
 */
public final class DnsModule implements NodeModule {
    @Override
    public String name() {
        return "dns";
    }

    @Override
    public List<String> ids() {
        return List.of("dns", "dns/promises", "internal/dns_utils");
    }

    @Override
    public Object createBinding(NodeEnv env) {
        return new DnsBinding(env);
    }
}
