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

    boolean isSpecial() {
        return special(scheme);
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

    /** [href, protocol, username, password, host, hostname, port, pathname, search, hash, origin, opaque]. */
    String[] components() {
        return new String[] {
            href(false), scheme + ":", username, password, hostWithPort(), host == null ? "" : host,
            port < 0 ? "" : Integer.toString(port), pathname(),
            query == null || query.isEmpty() ? "" : "?" + query,
            fragment == null || fragment.isEmpty() ? "" : "#" + fragment,
            origin(), opaquePath != null ? "1" : "",
        };
    }
}
