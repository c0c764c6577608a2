package dev.node4j.http;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import dev.node4j.core.NodeEnv;

/** The Java side of http: llhttp-compatible message parsers and the method list. */
public final class HttpBinding {
    HttpBinding(NodeEnv env) {
    }

    /** A parser for "request" or "response" messages; maxHeaderSize 0 means Node's default 16384. */
    @HostAccess.Export
    public HttpParser parser(String kind, int maxHeaderSize, boolean lenient, Value onHeaders, Value onBody,
                             Value onComplete) {
        return new HttpParser(HttpParser.isRequest(kind), maxHeaderSize, lenient, onHeaders, onBody, onComplete);
    }

    /** Node's http.METHODS: the methods llhttp accepts in HTTP/1 requests, sorted. */
    @HostAccess.Export
    public String[] methods() {
        return Methods.HTTP1.toArray(String[]::new);
    }
}
