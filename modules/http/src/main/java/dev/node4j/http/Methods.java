package dev.node4j.http;

import java.util.Arrays;
import java.util.List;

/** The methods llhttp knows: its request-line trie matches all of them, the protocol then narrows them. */
final class Methods {
    /** Node's http.METHODS: llhttp's HTTP/1 methods, sorted. */
    static final List<String> HTTP1 = List.of("ACL", "BIND", "CHECKOUT", "CONNECT", "COPY", "DELETE", "GET",
        "HEAD", "LINK", "LOCK", "M-SEARCH", "MERGE", "MKACTIVITY", "MKCALENDAR", "MKCOL", "MOVE", "NOTIFY",
        "OPTIONS", "PATCH", "POST", "PROPFIND", "PROPPATCH", "PURGE", "PUT", "QUERY", "REBIND", "REPORT",
        "SEARCH", "SOURCE", "SUBSCRIBE", "TRACE", "UNBIND", "UNLINK", "UNLOCK", "UNSUBSCRIBE");
    /** HTTP/2's preface method: accepted with HTTP/ only to report the preface. */
    static final String PRI = "PRI";
    static final List<String> RTSP = List.of("OPTIONS", "DESCRIBE", "ANNOUNCE", "SETUP", "PLAY", "PAUSE",
        "TEARDOWN", "GET_PARAMETER", "SET_PARAMETER", "REDIRECT", "RECORD", "GET", "POST", "FLUSH");
    /** Every name the method trie matches, as one keyword set. */
    static final Keywords ALL = new Keywords(all());

    private Methods() {
    }

    private static String[] all() {
        String[] rtspOnly = RTSP.stream().filter(m -> !HTTP1.contains(m)).toArray(String[]::new);
        String[] all = Arrays.copyOf(HTTP1.toArray(String[]::new), HTTP1.size() + 1 + rtspOnly.length);
        all[HTTP1.size()] = PRI;
        System.arraycopy(rtspOnly, 0, all, HTTP1.size() + 1, rtspOnly.length);
        return all;
    }

    static boolean allowedWithHttp(String method) {
        return PRI.equals(method) || HTTP1.contains(method);
    }
}
