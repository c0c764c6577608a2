package dev.node4j.http;

/**
 * An incremental HTTP/1.x parser with llhttp's behaviour as Node configures it: same states,
 * same errors (code, reason, position), same callbacks at the same points, fed buffer by buffer.
 * Plain Java; {@link HttpParser} adapts it to JS.
 */
final class MessageParser extends BodyStates {
    /** Node's default --max-http-header-size. */
    static final int DEFAULT_MAX_HEADER_SIZE = 16384;

    MessageParser(boolean request, int maxHeaderSize, boolean lenient, ParserListener listener) {
        super(request, maxHeaderSize > 0 ? maxHeaderSize : DEFAULT_MAX_HEADER_SIZE, lenient, listener);
        reset(request);
    }

    /**
     * Parses length bytes of data from offset: the bytes consumed (less than length after an
     * upgrade's headers: the rest is the new protocol's), or -1 on a parse error (for an upgrade,
     * the bytes parsed before the error, as Node hides parse errors then).
     */
    int execute(byte[] input, int offset, int length) {
        if (failed) return upgrade ? 0 : -1;
        data = input;
        p = offset;
        base = offset;
        end = offset + length;
        stopped = false;
        if (spanKind != SPAN_NONE) spanStart = p;
        try {
            if (state == State.UPGRADE_CLEANUP) cleanup();
            while (!stopped && p < end) step(input[p] & 0xff);
            if (!stopped && spanKind != SPAN_NONE) spanPiece(spanKind, spanStart, end, end);
        } finally {
            data = null;
        }
        if (!failed) return p - base;
        // Node reports no parse error once the message is an upgrade: what was parsed is returned
        return upgrade ? errorOffset : -1;
    }

    private void step(int c) {
        if (state <= State.LAST_LINE_STATE) lineStep(c);
        else if (state <= State.LAST_HEADER_STATE) headerStep(c);
        else bodyStep(c);
    }

    /** The input ended: 0, completing a body read until EOF, or -1 when a message was cut off. */
    int finish() {
        if (failed || upgrade) return 0;   // as Node: no EOF error for an upgrade
        if (finish == FINISH_SAFE_WITH_CB) {
            finish = FINISH_SAFE;
            messageComplete();
        } else if (finish == FINISH_UNSAFE) {
            errorCode = "HPE_INVALID_EOF_STATE";
            errorReason = "Invalid EOF state";
            errorOffset = 0;
            return -1;
        }
        return 0;
    }

    /** A fresh parser of the given kind, keeping limits, leniency and listener. */
    void reset(boolean isRequest) {
        request = isRequest;
        state = State.START;
        stopped = false;
        failed = false;
        errorCode = null;
        errorReason = null;
        errorOffset = 0;
        flags = 0;
        headerState = HS_GENERAL;
        finish = FINISH_SAFE;
        major = 0;
        minor = 0;
        statusCode = 0;
        method = null;
        contentLength = 0;
        upgrade = false;
        headersDone = false;
        spanKind = SPAN_NONE;
        headerBytes = 0;
        extensionBytes = 0;
        url = "";
        statusMessage = "";
        headers.clear();
    }

    boolean headersDone() {
        return headersDone;
    }

    String errorCode() {
        return errorCode;
    }

    String errorReason() {
        return errorReason;
    }

    int errorOffset() {
        return errorOffset;
    }
}
