package dev.node4j.dns;

import java.nio.file.Path;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import dev.node4j.core.NodeEnv;

/** The Java side of dns: the system resolver's calls run on the loop's pool, never on the JS thread. */
public final class DnsBinding {
    private final NodeEnv env;

    DnsBinding(NodeEnv env) {
        this.env = env;
    }

    /** Calls {@code done(0, addresses)} or {@code done(errno)} (UV_EAI_*) once getaddrinfo answers. */
    @HostAccess.Export
    public void getaddrinfo(String host, int family, int hints, int order, Value done) {
        env.loop().submit("GetAddrInfoReqWrap", () -> AddrInfo.lookup(host, family, hints, order),
            (addresses, error) -> complete(done, addresses, error));
    }

    /** Calls {@code done(0, [hostname, service])} or {@code done(errno)} once getnameinfo answers. */
    @HostAccess.Export
    public void getnameinfo(String address, int port, Value done) {
        env.loop().submit("GetNameInfoReqWrap", () -> NameInfo.lookup(address, port),
            (names, error) -> complete(done, names, error));
    }

    private void complete(Value done, String[] result, Throwable error) {
        if (error instanceof GaiError g) env.invoke(done, g.errno);
        else if (error != null) throw new IllegalStateException(error);
        else env.invoke(done, 0, result);
    }

    /** The name servers a new Resolver starts with. */
    @HostAccess.Export
    public String[] systemServers() {
        return ResolvConf.servers(Path.of("/etc/resolv.conf")).toArray(String[]::new);
    }

    /** An IPv6 literal (checked by isIPv6) as inet_ntop prints it: "0000::1" is "::1". */
    @HostAccess.Export
    public String canonicalIPv6(String text) {
        return IpText.v6(IpText.parseV6(text));
    }
}
