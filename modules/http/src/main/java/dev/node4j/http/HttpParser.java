package dev.node4j.http;

import java.nio.ByteBuffer;
import java.util.Arrays;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import dev.node4j.core.ReusedBytes;

/**
 * One connection's parser as JS sees it: {@link MessageParser} fed from ArrayBuffers, its
 * reports turned into synchronous calls of the three JS callbacks (during execute/finish, as
 * Node's parser calls its kOnHeadersComplete/kOnBody/kOnMessageComplete).
 */
public final class HttpParser implements ParserListener {
    private final MessageParser parser;
    private Value onHeaders;
    private Value onBody;
    private Value onComplete;
    /** Per parser, not per binding: a callback may feed another parser while this one runs. */
    private final ReusedBytes input = new ReusedBytes(4096, 1 << 20);
    private String[] trailers = ParserCore.NONE;

    HttpParser(boolean request, int maxHeaderSize, boolean lenient, Value onHeaders, Value onBody, Value onComplete) {
        this.parser = new MessageParser(request, maxHeaderSize, lenient, this);
        this.onHeaders = onHeaders;
        this.onBody = onBody;
        this.onComplete = onComplete;
    }

    static boolean isRequest(String kind) {
        return switch (kind) {
            case "request" -> true;
            case "response" -> false;
            default -> throw new IllegalArgumentException("parser kind must be \"request\" or \"response\": " + kind);
        };
    }

    /**
     * Bytes consumed (fewer than length only at an upgrade), or -1 on a parse error (see
     * errorCode). As Node, a message that is an upgrade reports no error: its bytes parsed instead.
     */
    @HostAccess.Export
    public int execute(Value arrayBuffer, int offset, int length) {
        return parser.execute(input.read(arrayBuffer, offset, length), 0, length);
    }

    /** The peer closed: 0, or -1 with HPE_INVALID_EOF_STATE when a message was cut off. */
    @HostAccess.Export
    public int finish() {
        return parser.finish();
    }

    @HostAccess.Export
    public void reset(String kind) {
        parser.reset(isRequest(kind));
        trailers = ParserCore.NONE;
    }

    /** True from a message's headers to its end. */
    @HostAccess.Export
    public boolean headersDone() {
        return parser.headersDone();
    }

    @HostAccess.Export
    public String errorCode() {
        return parser.errorCode();
    }

    @HostAccess.Export
    public String errorReason() {
        return parser.errorReason();
    }

    @HostAccess.Export
    public int errorOffset() {
        return parser.errorOffset();
    }

    /** The trailers (name, value, ...) of the message being completed: valid during onComplete. */
    @HostAccess.Export
    public String[] trailers() {
        return trailers;
    }

    /** Drops the callbacks: the parser is not used again. */
    @HostAccess.Export
    public void close() {
        onHeaders = null;
        onBody = null;
        onComplete = null;
    }

    @Override
    public int onHeaders(MessageHead h) {
        if (onHeaders == null) return 0;
        Value answer = onHeaders.execute(h.versionMajor(), h.versionMinor(), h.rawHeaders(), h.method(), h.url(),
            h.statusCode(), h.statusMessage(), h.upgrade(), h.shouldKeepAlive());
        if (answer.isBoolean()) return answer.asBoolean() ? SKIP_BODY : 0;
        if (answer.isNumber() && answer.fitsInInt()) return answer.asInt();
        return 0;
    }

    @Override
    public void onBody(byte[] data, int offset, int length) {
        if (onBody != null) onBody.execute(ByteBuffer.wrap(Arrays.copyOfRange(data, offset, offset + length)));
    }

    @Override
    public void onComplete(String[] messageTrailers) {
        trailers = messageTrailers;
        try {
            if (onComplete != null) onComplete.execute();
        } finally {
            trailers = ParserCore.NONE;
        }
    }
}
