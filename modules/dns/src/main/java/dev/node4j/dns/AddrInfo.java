package dev.node4j.dns;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * getaddrinfo as Node calls it: family 0/4/6, the V4MAPPED and ALL hints, and Node's result
 * orders. The JDK always asks the system for both families and answers IPv4 first (its
 * java.net.preferIPv6Addresses default), so the family and the order are applied here.
 */
final class AddrInfo {
    static final int V4MAPPED = 8;
    static final int ALL = 16;
    static final int ORDER_VERBATIM = 0;
    static final int ORDER_IPV4_FIRST = 1;
    static final int ORDER_IPV6_FIRST = 2;

    private AddrInfo() {}

    /** The addresses of {@code host} as text, in the order asked for; never empty. */
    static String[] lookup(String host, int family, int hints, int order) throws GaiError {
        // The JDK would take a bracketed IPv6 literal; getaddrinfo does not.
        if (host.startsWith("[")) throw new GaiError(GaiError.EAI_NONAME);
        InetAddress[] found;
        try {
            found = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw GaiError.of(e);
        }
        List<String> v4 = new ArrayList<>();
        List<String> v6 = new ArrayList<>();
        List<String> verbatim = new ArrayList<>();
        for (InetAddress a : found) {
            String text = IpText.of(a);
            if (verbatim.contains(text)) continue;
            verbatim.add(text);
            (a instanceof Inet6Address ? v6 : v4).add(text);
        }
        List<String> out = switch (family) {
            case 4 -> v4;
            case 6 -> mapped(v4, v6, hints);
            default -> ordered(verbatim, v4, v6, order);
        };
        if (out.isEmpty()) throw new GaiError(GaiError.EAI_NONAME);
        return out.toArray(String[]::new);
    }

    /** AF_INET6: IPv4 answers only as ::ffff:a.b.c.d under V4MAPPED (all of them under ALL too). */
    private static List<String> mapped(List<String> v4, List<String> v6, int hints) {
        if ((hints & V4MAPPED) == 0 || (!v6.isEmpty() && (hints & ALL) == 0)) return v6;
        List<String> out = new ArrayList<>(v6);
        for (String a : v4) out.add("::ffff:" + a);
        return out;
    }

    private static List<String> ordered(List<String> verbatim, List<String> v4, List<String> v6, int order) {
        if (order == ORDER_VERBATIM) return verbatim;
        List<String> out = new ArrayList<>(order == ORDER_IPV4_FIRST ? v4 : v6);
        out.addAll(order == ORDER_IPV4_FIRST ? v6 : v4);
        return out;
    }
}
