package dev.node4j.url;

import java.util.ArrayList;
import java.util.List;

/** A URL record of the URL Standard and its serializations (href, origin, the getters). */
final class UrlRecord {
    String scheme = "";
    String username = "";
    String password = "";
    String host;            // serialized host, null when the URL has none
    int port = -1;          // -1: null
    List<String> path = new ArrayList<>();
    String opaquePath;      // non-null when the URL has an opaque path
    String query;
    String fragment;

    UrlRecord copy() {
        UrlRecord r = new UrlRecord();
        r.scheme = scheme;
        r.username = username;
        r.password = password;
        r.host = host;
        r.port = port;
        r.path = new ArrayList<>(path);
        r.opaquePath = opaquePath;
        r.query = query;
        r.fragment = fragment;
        return r;
    }

    static int defaultPort(String scheme) {
        return switch (scheme) {
            case "http", "ws" -> 80;
            case "https", "wss" -> 443;
            case "ftp" -> 21;
            default -> -1;
        };
    }

    static boolean special(String scheme) {
        return switch (scheme) {
            case "http", "https", "ws", "wss", "ftp", "file" -> true;
            default -> false;
        };
    }

    private String specialOf;   // the scheme isSpecial last answered for (asked once per code point)
    private boolean specialValue;

    boolean isSpecial() {
        String s = scheme;
        if (s != specialOf) {
            specialValue = special(s);
            specialOf = s;
        }
        return specialValue;
    }

    boolean hasCredentials() {
        return !username.isEmpty() || !password.isEmpty();
    }

    boolean cannotHaveCredentialsOrPort() {
        return host == null || host.isEmpty() || scheme.equals("file");
    }

    String pathname() {
        if (opaquePath != null) return opaquePath;
        StringBuilder out = new StringBuilder();
        for (String seg : path) out.append('/').append(seg);
        return out.toString();
    }

    String hostWithPort() {
        if (host == null) return "";
        return port < 0 ? host : host + ":" + port;
    }

    String href(boolean excludeFragment) {
        StringBuilder out = new StringBuilder(scheme).append(':');
        if (host != null) {
            out.append("//");
            if (hasCredentials()) {
                out.append(username);
                if (!password.isEmpty()) out.append(':').append(password);
                out.append('@');
            }
            out.append(hostWithPort());
        } else if (opaquePath == null && path.size() > 1 && path.get(0).isEmpty()) {
            out.append("/.");
        }
        out.append(pathname());
        if (query != null) out.append('?').append(query);
        if (!excludeFragment && fragment != null) out.append('#').append(fragment);
        return out.toString();
    }

    String origin() {
        switch (scheme) {
            case "blob": {
                UrlRecord inner = UrlParser.parse(pathname(), null);
                if (inner != null && (inner.scheme.equals("http") || inner.scheme.equals("https"))) {
                    return inner.origin();
                }
                return "null";
            }
            case "ftp", "http", "https", "ws", "wss":
                return scheme + "://" + hostWithPort();
            default:
                return "null";
        }
    }

    /** Number of offsets in front of the href in {@link #encoded()}. */
    static final int OFFSETS = 14;

    /**
     * The href behind the components' offsets into it, for the JS facade to slice its getters
     * from (one string crosses to JS instead of eleven): protocol end, username start/end,
     * password start/end, host start, hostname end, host end (with port), pathname start/end,
     * search start/end, hash start/end; each offset as two chars (high and low 16 bits).
     * An empty query or fragment gives an empty search or hash, as the getters want.
     * {@link UrlBinding#parse} leaves the href out when it is the input itself (see {@link #withoutHref}).
     */
    String encoded() {
        StringBuilder out = new StringBuilder(OFFSETS * 2 + 64);
        out.setLength(OFFSETS * 2);
        int[] at = new int[OFFSETS];
        int h = OFFSETS * 2;   // where the href starts
        out.append(scheme).append(':');
        at[0] = out.length() - h;
        if (host != null) {
            out.append("//");
            at[1] = at[2] = at[3] = at[4] = out.length() - h;
            if (hasCredentials()) {
                out.append(username);
                at[2] = at[3] = at[4] = out.length() - h;
                if (!password.isEmpty()) {
                    out.append(':');
                    at[3] = out.length() - h;
                    out.append(password);
                    at[4] = out.length() - h;
                }
                out.append('@');
            }
            at[5] = out.length() - h;
            out.append(host);
            at[6] = out.length() - h;
            if (port >= 0) out.append(':').append(port);
            at[7] = out.length() - h;
        } else {
            at[1] = at[2] = at[3] = at[4] = at[5] = at[6] = at[7] = out.length() - h;
            if (opaquePath == null && path.size() > 1 && path.get(0).isEmpty()) out.append("/.");
        }
        at[8] = out.length() - h;
        if (opaquePath != null) {
            out.append(opaquePath);
        } else {
            for (String seg : path) out.append('/').append(seg);
        }
        at[9] = out.length() - h;
        if (query != null) out.append('?').append(query);
        at[10] = query == null || query.isEmpty() ? out.length() - h : at[9];
        at[11] = out.length() - h;
        if (fragment != null) out.append('#').append(fragment);
        at[12] = fragment == null || fragment.isEmpty() ? out.length() - h : at[11];
        at[13] = out.length() - h;
        for (int i = 0; i < OFFSETS; i++) {
            out.setCharAt(2 * i, (char) (at[i] >>> 16));
            out.setCharAt(2 * i + 1, (char) at[i]);
        }
        return out.toString();
    }

    /**
     * The offsets of {@code encoded} alone when its href is {@code input}, which the JS facade
     * already has: a string crossing to JS costs per char, and most inputs are their own href.
     */
    static String withoutHref(String encoded, String input) {
        int h = OFFSETS * 2;
        boolean same = encoded.length() - h == input.length() && encoded.startsWith(input, h);
        return same ? encoded.substring(0, h) : encoded;
    }
}
