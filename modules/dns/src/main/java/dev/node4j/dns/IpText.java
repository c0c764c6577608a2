package dev.node4j.dns;

import java.net.Inet4Address;
import java.net.InetAddress;

/** Addresses printed as inet_ntop prints them (Java spells IPv6 out in full: 0:0:0:0:0:0:0:1). */
final class IpText {
    private IpText() {}

    static String of(InetAddress a) {
        byte[] b = a.getAddress();
        return a instanceof Inet4Address ? v4(b, 0) : v6(b);
    }

    static String v4(byte[] b, int at) {
        return (b[at] & 255) + "." + (b[at + 1] & 255) + "." + (b[at + 2] & 255) + "." + (b[at + 3] & 255);
    }

    /** RFC 5952: lower-case hex, the longest run of two or more zero groups as "::". */
    static String v6(byte[] b) {
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) w[i] = ((b[2 * i] & 255) << 8) | (b[2 * i + 1] & 255);
        int best = -1;
        int bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (w[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && w[j] == 0) j++;
            if (j - i > bestLen) {
                best = i;
                bestLen = j - i;
            }
            i = j;
        }
        if (bestLen < 2) best = -1;
        // ::a.b.c.d and ::ffff:a.b.c.d keep their IPv4 tail in dotted form
        boolean v4Tail = best == 0 && (bestLen == 6 || (bestLen == 5 && w[5] == 0xffff));
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == best) {
                s.append(i == 0 ? "::" : ":");
                i += bestLen - 1;
                continue;
            }
            if (v4Tail && i == 6) {
                s.append(v4(b, 12));
                break;
            }
            s.append(Integer.toHexString(w[i]));
            if (i < 7) s.append(':');
        }
        return s.toString();
    }

    /**
     * The 16 bytes of an IPv6 literal already checked by isIPv6 (a zone suffix is dropped). The
     * JDK's parsers turn ::ffff:a.b.c.d into an IPv4 address, which inet_ntop would not print.
     */
    static byte[] parseV6(String text) {
        int zone = text.indexOf('%');
        if (zone >= 0) text = text.substring(0, zone);
        int gap = text.indexOf("::");
        String[] head = gap < 0 ? text.split(":") : groups(text.substring(0, gap));
        String[] tail = gap < 0 ? new String[0] : groups(text.substring(gap + 2));
        int[] w = new int[8];
        int n = words(head, w, 0);
        int tailWords = words(tail, new int[8], 0);
        words(tail, w, gap < 0 ? n : 8 - tailWords);
        byte[] b = new byte[16];
        for (int i = 0; i < 8; i++) {
            b[2 * i] = (byte) (w[i] >> 8);
            b[2 * i + 1] = (byte) w[i];
        }
        return b;
    }

    private static String[] groups(String s) {
        return s.isEmpty() ? new String[0] : s.split(":");
    }

    /** Writes the groups' 16-bit words (a dotted IPv4 group is two) from w[at]; returns how many. */
    private static int words(String[] groups, int[] w, int at) {
        int i = at;
        for (String g : groups) {
            if (g.indexOf('.') >= 0) {
                String[] d = g.split("\\.");
                w[i++] = (Integer.parseInt(d[0]) << 8) | Integer.parseInt(d[1]);
                w[i++] = (Integer.parseInt(d[2]) << 8) | Integer.parseInt(d[3]);
            } else {
                w[i++] = Integer.parseInt(g, 16);
            }
        }
        return i - at;
    }
}
