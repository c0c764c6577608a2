package dev.node4j.http;

/** What {@link MessageParser} reports, synchronously, while it parses. */
interface ParserListener {
    /** No body follows (llhttp's on_headers_complete returning 1: a response to HEAD). */
    int SKIP_BODY = 1;
    /** The message is an upgrade and has no body (2: a response to CONNECT). */
    int UPGRADE_SKIP_BODY = 2;

    /** The start line and headers are complete: 0, {@link #SKIP_BODY} or {@link #UPGRADE_SKIP_BODY}. */
    int onHeaders(MessageHead head);

    /** A piece of the body (chunked encoding decoded); the array is the parser's input, copy what you keep. */
    void onBody(byte[] data, int offset, int length);

    /** The message ended; its trailers (name, value, ...) are in {@code trailers}, empty when none. */
    void onComplete(String[] trailers);
}
