package dev.node4j.url;

import dev.node4j.url.PercentEncode.Set;

/**
 * The common shape of an absolute URL parsed in one scan of its input, straight into the form
 * {@link UrlBinding#parse} returns (offsets, then the href unless it is the input): http, https, ws, wss or ftp in lower case, "//", optional
 * userinfo (at most one '@'), a domain of letters, digits, '-' and '.', an optional port, and a
 * path, query and fragment with nothing to percent-encode and no dot segments. The href is then
 * the input with the host lower-cased, the port normalized and an empty path made "/", so it is
 * copied in slices instead of stepping {@link UrlParser}'s state machine a code point at a time.
 * Anything else (other schemes, IP addresses, "xn--" labels, backslashes, spaces, non-ASCII,
 * invalid input) returns null, and UrlParser, which handles every input, decides.
 */
final class CommonUrlParser {
    private CommonUrlParser() {}

    // For each printable ASCII character, whether a set percent-encodes it (bit = Set ordinal).
    private static final int[] ENCODED = new int[128];

    static {
        for (int c = 0; c < 128; c++) {
            for (Set set : Set.values()) {
                if (PercentEncode.inSet(c, set)) ENCODED[c] |= 1 << set.ordinal();
            }
        }
    }

    private static final int USERINFO = 1 << Set.USERINFO.ordinal();
    private static final int PATH = 1 << Set.PATH.ordinal();
    private static final int SPECIAL_QUERY = 1 << Set.SPECIAL_QUERY.ordinal();
    private static final int FRAGMENT = 1 << Set.FRAGMENT.ordinal();

    /** Whether {@code c} is outside printable ASCII or in one of {@code sets}. */
    private static boolean encodes(char c, int sets) {
        return c >= 128 || (ENCODED[c] & sets) != 0;
    }

    /** The encoded URL of {@code in} (see {@link UrlRecord#encoded()}), or null when UrlParser must decide. */
    static String encoded(String in) {
        int n = in.length();
        int defaultPort = defaultPort(in);
        if (defaultPort < 0) return null;
        int schemeEnd = in.indexOf(':');   // defaultPort checked that it is there
        int authority = schemeEnd + 3;
        if (authority > n || in.charAt(schemeEnd + 1) != '/' || in.charAt(schemeEnd + 2) != '/') return null;

        // Authority: [userinfo@]host[:port], up to '/', '?', '#' or the end.
        int at = -1;
        int colon = -1;   // the first ':' after the '@' (or from the start without one)
        int end = authority;
        for (; end < n; end++) {
            char c = in.charAt(end);
            if (c == '/' || c == '?' || c == '#') break;
            if (c == '@') {
                if (at >= 0) return null;
                at = end;
                colon = -1;
            } else if (c == ':' && colon < 0) {
                colon = end;
            } else if (c == '\\' || c <= ' ' || c >= 0x7F) {
                return null;
            }
        }
        int userEnd = -1;   // the userinfo is [authority, userEnd) ':' [userEnd + 1, at)
        if (at >= 0) {
            userEnd = at;
            for (int i = authority; i < at; i++) {
                char c = in.charAt(i);
                if (c == ':' && userEnd == at) userEnd = i;
                else if (encodes(c, USERINFO)) return null;
            }
        }
        int hostStart = at + 1 > authority ? at + 1 : authority;
        int hostEnd = colon >= 0 ? colon : end;
        boolean upper = false;
        for (int i = hostStart; i < hostEnd; i++) {
            char c = in.charAt(i);
            if (c >= 'A' && c <= 'Z') upper = true;
            else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.')) return null;
        }
        if (!plainDomain(in, hostStart, hostEnd)) return null;
        int port = -1;
        int portDigits = -1;   // where the port's significant digits start
        if (colon >= 0) {
            portDigits = colon + 1;
            while (portDigits < end - 1 && in.charAt(portDigits) == '0') portDigits++;
            if (end - portDigits > 5) return null;
            for (int i = colon + 1; i < end; i++) {
                char c = in.charAt(i);
                if (c < '0' || c > '9') return null;
            }
            if (end > colon + 1) {
                port = Integer.parseInt(in, portDigits, end, 10);
                if (port > 65535) return null;
                if (port == defaultPort) port = -1;
            }
        }

        // Path, query and fragment: nothing to encode, no dot segment.
        int pathEnd = end;
        if (end < n && in.charAt(end) == '/') {
            for (int i = end; i < n; i++) {
                char c = in.charAt(i);
                if (c == '/') {
                    if (dotSegment(in, i + 1)) return null;
                } else if (c == '?' || c == '#') {
                    break;
                } else if (c == '\\' || encodes(c, PATH)) {
                    return null;
                }
                pathEnd = i + 1;
            }
        }
        int queryEnd = pathEnd;
        if (pathEnd < n && in.charAt(pathEnd) == '?') {
            for (queryEnd = pathEnd + 1; queryEnd < n; queryEnd++) {
                char c = in.charAt(queryEnd);
                if (c == '#') break;
                if (encodes(c, SPECIAL_QUERY)) return null;
            }
        }
        for (int i = queryEnd + 1; i < n; i++) {
            if (encodes(in.charAt(i), FRAGMENT)) return null;
        }

        return build(in, schemeEnd, authority, userEnd, at, hostStart, hostEnd, upper, port,
                end, pathEnd, queryEnd);
    }

    private static String build(String in, int schemeEnd, int authority, int userEnd, int at,
            int hostStart, int hostEnd, boolean upper, int port, int pathStart, int pathEnd, int queryEnd) {
        int n = in.length();
        int h = UrlRecord.OFFSETS * 2;
        StringBuilder out = new StringBuilder(h + n + 8);
        out.setLength(h);
        int[] o = new int[UrlRecord.OFFSETS];
        out.append(in, 0, authority);
        o[0] = schemeEnd + 1;
        o[1] = o[2] = o[3] = o[4] = authority;
        if (at >= 0 && (userEnd > authority || at > userEnd + 1)) {   // a username or a password
            out.append(in, authority, userEnd);
            o[2] = o[3] = o[4] = out.length() - h;
            if (at > userEnd + 1) {
                out.append(in, userEnd, at);
                o[3] = o[2] + 1;
                o[4] = out.length() - h;
            }
            out.append('@');
        }
        o[5] = out.length() - h;
        if (upper) {
            for (int i = hostStart; i < hostEnd; i++) out.append(Character.toLowerCase(in.charAt(i)));
        } else {
            out.append(in, hostStart, hostEnd);
        }
        o[6] = out.length() - h;
        if (port >= 0) out.append(':').append(port);
        o[7] = out.length() - h;
        o[8] = o[7];
        if (pathEnd > pathStart) out.append(in, pathStart, pathEnd);
        else out.append('/');
        o[9] = out.length() - h;
        out.append(in, pathEnd, queryEnd);
        o[10] = queryEnd - pathEnd <= 1 ? out.length() - h : o[9];
        o[11] = out.length() - h;
        out.append(in, queryEnd, n);
        o[12] = n - queryEnd <= 1 ? out.length() - h : o[11];
        o[13] = out.length() - h;
        for (int i = 0; i < UrlRecord.OFFSETS; i++) {
            out.setCharAt(2 * i, (char) (o[i] >>> 16));
            out.setCharAt(2 * i + 1, (char) o[i]);
        }
        // Besides lower-casing the host and adding an empty path's "/", the href differs from
        // the input only by what it leaves out (a default port, a port's leading zeros, empty
        // credentials): same length and no such change means the same string.
        if (!upper && pathEnd > pathStart && out.length() - h == n) out.setLength(h);
        return out.toString();
    }

    /** The default port of the input's scheme when it is a special one other than file, else -1. */
    private static int defaultPort(String in) {
        if (in.startsWith("http")) {
            if (in.startsWith(":", 4)) return 80;
            if (in.startsWith("s:", 4)) return 443;
        } else if (in.startsWith("ws")) {
            if (in.startsWith(":", 2)) return 80;
            if (in.startsWith("s:", 2)) return 443;
        } else if (in.startsWith("ftp:")) {
            return 21;
        }
        return -1;
    }

    /**
     * Whether the host [from, to) (letters, digits, '-', '.') is a domain that serializes as itself
     * lower-cased: not empty, no "xn--" label (Punycode is checked), and not ending in a number or
     * an empty label (IPv4 parsing decides those).
     */
    private static boolean plainDomain(String in, int from, int to) {
        if (from == to) return false;
        for (int i = from; i < to; i++) {
            if ((i == from || in.charAt(i - 1) == '.') && in.regionMatches(true, i, "xn--", 0, 4)) return false;
        }
        int last = in.charAt(to - 1) == '.' ? to - 1 : to;
        if (last == from) return false;
        int start = in.lastIndexOf('.', last - 1) + 1;
        if (start < from) start = from;
        if (start == last) return false;
        char c = in.charAt(start);
        return c < '0' || c > '9';
    }

    /** Whether the path segment starting at {@code from} is "." or ".." (also spelled %2e). */
    private static boolean dotSegment(String in, int from) {
        int to = from;
        while (to < in.length() && to - from <= 6) {
            char c = in.charAt(to);
            if (c == '/' || c == '?' || c == '#' || c == '\\') break;
            to++;
        }
        if (to - from > 6) return false;
        String s = in.substring(from, to);
        return UrlParser.singleDot(s) || UrlParser.doubleDot(s);
    }
}
