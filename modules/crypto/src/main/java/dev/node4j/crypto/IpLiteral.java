package dev.node4j.crypto;

import java.util.ArrayList;
import java.util.List;

/** IPv4 and IPv6 address literals as inet_pton(3) reads them (no zone, no leading zeros in IPv4). */
final class IpLiteral {
    private IpLiteral() {
    }

    /** The address bytes of an IPv4 or IPv6 literal (inet_pton rules), else null. */
    static byte[] parse(String s) {
        byte[] v4 = parseIpv4(s);
        return v4 != null ? v4 : parseIpv6(s);
    }

    private static byte[] parseIpv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) return null;
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')) return null;
            int v = 0;
            for (int j = 0; j < p.length(); j++) {
                char c = p.charAt(j);
                if (c < '0' || c > '9') return null;
                v = v * 10 + (c - '0');
            }
            if (v > 255) return null;
            out[i] = (byte) v;
        }
        return out;
    }

    private static byte[] parseIpv6(String s) {
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) return null;
        List<Integer> head = new ArrayList<>();
        List<Integer> tail = new ArrayList<>();
        if (gap < 0) {
            if (!groups(s, head, true) || head.size() != 8) return null;
        } else {
            if (!groups(s.substring(0, gap), head, false) || !groups(s.substring(gap + 2), tail, true)) return null;
            if (head.size() + tail.size() > 7) return null;
        }
        byte[] out = new byte[16];
        put(out, 0, head);
        put(out, 16 - 2 * tail.size(), tail);
        return out;
    }

    /** Colon-separated hex groups as 16-bit words (a dotted IPv4 last group gives two); "" is none. */
    private static boolean groups(String s, List<Integer> out, boolean mayEndWithV4) {
        if (s.isEmpty()) return true;
        String[] parts = s.split(":", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (i == parts.length - 1 && mayEndWithV4 && p.indexOf('.') >= 0) {
                byte[] v4 = parseIpv4(p);
                if (v4 == null) return false;
                out.add(((v4[0] & 0xff) << 8) | (v4[1] & 0xff));
                out.add(((v4[2] & 0xff) << 8) | (v4[3] & 0xff));
                continue;
            }
            if (p.isEmpty() || p.length() > 4) return false;
            int v = 0;
            for (int j = 0; j < p.length(); j++) {
                char c = p.charAt(j);
                int d = c < 128 ? Character.digit(c, 16) : -1;
                if (d < 0) return false;
                v = (v << 4) | d;
            }
            out.add(v);
        }
        return true;
    }

    private static void put(byte[] out, int pos, List<Integer> words) {
        for (int w : words) {
            out[pos++] = (byte) (w >> 8);
            out[pos++] = (byte) w;
        }
    }
}
