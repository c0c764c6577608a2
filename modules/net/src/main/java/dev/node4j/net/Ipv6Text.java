package dev.node4j.net;

import java.net.Inet6Address;

/**
 * An IPv6 address in the canonical text form of RFC 5952, as Node (inet_ntop) prints it: hex
 * groups without leading zeros, the longest run of two or more zero groups as "::", and the
 * scope as "%name". Java's own getHostAddress() writes every group ("0:0:0:0:0:0:0:1").
 */
final class Ipv6Text {
    private Ipv6Text() {
    }

    static String format(Inet6Address address) {
        byte[] b = address.getAddress();
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) groups[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        int bestStart = -1;
        int bestLength = 1;   // a single zero group is written as 0, not ::
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && groups[j] == 0) j++;
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLength - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') sb.append(':');
            sb.append(Integer.toHexString(groups[i]));
        }
        String scope = scope(address);
        return scope == null ? sb.toString() : sb + "%" + scope;
    }

    private static String scope(Inet6Address address) {
        if (address.getScopedInterface() != null) return address.getScopedInterface().getName();
        return address.getScopeId() != 0 ? Integer.toString(address.getScopeId()) : null;
    }
}
