package dev.node4j.http;

/**
 * What the parser's state groups share: llhttp's per-message properties and flags, the input
 * window, spans (the pieces of url, status, header names/values, body and chunk extensions that
 * llhttp hands to Node's callbacks), errors, and the transitions that need no input: headers
 * complete, body selection, message complete and keep-alive.
 */
abstract class ParserCore {
    // llhttp's flags
    static final int F_CONNECTION_KEEP_ALIVE = 1;
    static final int F_CONNECTION_CLOSE = 1 << 1;
    static final int F_CONNECTION_UPGRADE = 1 << 2;
    static final int F_CHUNKED = 1 << 3;
    static final int F_UPGRADE = 1 << 4;
    static final int F_CONTENT_LENGTH = 1 << 5;
    static final int F_SKIPBODY = 1 << 6;
    static final int F_TRAILING = 1 << 7;
    static final int F_TRANSFER_ENCODING = 1 << 9;

    // llhttp's header_state: which header's value is being read
    static final int HS_GENERAL = 0;
    static final int HS_CONNECTION = 1;
    static final int HS_CONTENT_LENGTH = 2;
    static final int HS_TRANSFER_ENCODING = 3;
    static final int HS_UPGRADE = 4;
    static final int HS_CONNECTION_KEEP_ALIVE = 5;
    static final int HS_CONNECTION_CLOSE = 6;
    static final int HS_CONNECTION_UPGRADE = 7;
    static final int HS_TRANSFER_ENCODING_CHUNKED = 8;

    // llhttp's finish: what the end of input means
    static final int FINISH_SAFE = 0;
    static final int FINISH_SAFE_WITH_CB = 1;
    static final int FINISH_UNSAFE = 2;

    static final int SPAN_NONE = 0;
    static final int SPAN_URL = 1;
    static final int SPAN_STATUS = 2;
    static final int SPAN_FIELD = 3;
    static final int SPAN_VALUE = 4;
    static final int SPAN_BODY = 5;
    static final int SPAN_EXTENSION = 6;

    /** Node's limit on the bytes of one chunk's extensions. */
    static final long MAX_CHUNK_EXTENSIONS = 16384;
    static final String[] NONE = new String[0];

    static final int MORE = -1;
    static final int MISMATCH = -2;

    final ParserListener listener;
    final long maxHeaderSize;
    /** Node's insecureHTTPParser: all of llhttp's lenient flags Node sets (kLenientAll). */
    final boolean lenient;
    boolean request;

    // the input of the current execute: data[p] is the next byte, errors count from base
    byte[] data;
    int p;
    int end;
    int base;

    int state;
    boolean stopped;
    boolean failed;
    String errorCode;
    String errorReason;
    int errorOffset;

    int flags;
    int headerState;
    int finish;
    int major;
    int minor;
    int statusCode;
    String method;
    /** Content-Length or the chunk size left: unsigned, as llhttp's uint64. */
    long contentLength;
    boolean upgrade;
    boolean headersDone;

    // keyword matching (methods, protocols, special headers...) across input buffers
    int matchLength;
    long alive;

    int spanKind;
    int spanStart;
    /** Node's header_nread_: bytes of url, status, names and values since the last headers/chunk. */
    long headerBytes;
    long extensionBytes;
    /** The url and status message so far: pieces join only when input was split inside them. */
    String url = "";
    String statusMessage = "";
    final HeaderCollector headers = new HeaderCollector();

    ParserCore(boolean request, int maxHeaderSize, boolean lenient, ParserListener listener) {
        this.request = request;
        this.maxHeaderSize = maxHeaderSize;
        this.lenient = lenient;
        this.listener = listener;
    }

    /** Stops with llhttp's error code and reason; pos is where llhttp's error_pos points. */
    final void fail(String code, String reason, int pos) {
        errorCode = code;
        errorReason = reason;
        errorOffset = pos - base;
        failed = true;
        stopped = true;
        spanKind = SPAN_NONE;
    }

    final void startSpan(int kind) {
        spanKind = kind;
        spanStart = p;
    }

    /** Ends the open span at p, handing its last piece over; false when that failed (error at errorPos). */
    final boolean endSpan(int errorPos) {
        int kind = spanKind;
        spanKind = SPAN_NONE;
        return spanPiece(kind, spanStart, p, errorPos);
    }

    final boolean spanPiece(int kind, int from, int to, int errorPos) {
        switch (kind) {
            case SPAN_URL -> {
                if (!trackHeader(to - from, errorPos)) return false;
                url = url.isEmpty() ? HeaderCollector.latin1(data, from, to) : url + HeaderCollector.latin1(data, from, to);
            }
            case SPAN_STATUS -> {
                if (!trackHeader(to - from, errorPos)) return false;
                statusMessage = statusMessage.isEmpty() ? HeaderCollector.latin1(data, from, to)
                    : statusMessage + HeaderCollector.latin1(data, from, to);
            }
            case SPAN_FIELD -> {
                if (!trackHeader(to - from, errorPos)) return false;
                headers.fieldPiece(data, from, to);
            }
            case SPAN_VALUE -> {
                if (!trackHeader(to - from, errorPos)) return false;
                headers.valuePiece(data, from, to);
            }
            case SPAN_BODY -> {
                if (to > from) body(from, to, errorPos);
            }
            case SPAN_EXTENSION -> {
                extensionBytes += to - from;
                if (extensionBytes > MAX_CHUNK_EXTENSIONS) {
                    fail("HPE_CHUNK_EXTENSIONS_OVERFLOW", "Chunk extensions overflow", errorPos);
                    return false;
                }
            }
            default -> throw new IllegalStateException("no span");
        }
        return true;
    }

    private boolean trackHeader(int length, int errorPos) {
        headerBytes += length;
        if (headerBytes < maxHeaderSize) return true;
        fail("HPE_HEADER_OVERFLOW", "Header overflow", errorPos);
        return false;
    }

    private void body(int from, int to, int errorPos) {
        try {
            listener.onBody(data, from, to - from);
        } catch (RuntimeException e) {
            fail("HPE_JS_EXCEPTION", "JS Exception", errorPos);
            throw e;
        }
    }

    /** Starts matching one of words at the next byte. */
    final void beginMatch(Keywords words) {
        matchLength = 0;
        alive = words.all();
    }

    /** Matches c: a keyword's index when one is complete, MORE (c consumed) or MISMATCH (c not consumed). */
    final int matchKeyword(Keywords words, int c) {
        long next = words.step(alive, matchLength, c);
        if (next != 0) {
            p++;
            matchLength++;
            alive = next;
            int k = words.exact(next, matchLength);
            return k >= 0 && !words.longer(next, matchLength) ? k : MORE;
        }
        int k = words.exact(alive, matchLength);
        return k >= 0 ? k : MISMATCH;
    }

    /** Multiplies in a digit as llhttp's unsigned 64-bit mulAdd: false on overflow. */
    final boolean mulAdd(int radix, int digit) {
        if (Long.compareUnsigned(contentLength, Long.divideUnsigned(-1L, radix)) > 0) return false;
        contentLength *= radix;
        if (Long.compareUnsigned(contentLength, -1L - digit) > 0) return false;
        contentLength += digit;
        return true;
    }

    /** Bytes of a body of contentLength left that this input holds, taken off contentLength. */
    final int takeBody() {
        int avail = end - p;
        int n = Long.compareUnsigned(contentLength, avail) < 0 ? (int) contentLength : avail;
        contentLength -= n;
        return n;
    }

    final void messageBegin() {
        finish = FINISH_UNSAFE;
        headers.clear();
        url = "";
        statusMessage = "";
        headersDone = false;
        extensionBytes = 0;
    }

    /** llhttp's before_headers_complete, on_headers_complete and after_headers_complete. */
    final void headersComplete() {
        if ((flags & F_UPGRADE) != 0 && (flags & F_CONNECTION_UPGRADE) != 0) {
            upgrade = request || statusCode == 101;
        } else {
            upgrade = isConnect();
        }
        headersDone = true;
        headerBytes = 0;
        MessageHead head = new MessageHead(major, minor, headers.drain(), request ? method : null,
            request ? url : null, request ? 0 : statusCode, request ? null : statusMessage,
            upgrade, shouldKeepAlive());
        int answer;
        try {
            answer = listener.onHeaders(head);
        } catch (RuntimeException e) {
            fail("HPE_CB_HEADERS_COMPLETE", "User callback error", p);
            throw e;
        }
        if (answer == ParserListener.SKIP_BODY) {
            flags |= F_SKIPBODY;
        } else if (answer == ParserListener.UPGRADE_SKIP_BODY) {
            upgrade = true;
            flags |= F_SKIPBODY;
        } else if (answer != 0) {
            fail("HPE_CB_HEADERS_COMPLETE", "User callback error", p);
            return;
        }
        selectBody();
    }

    private void selectBody() {
        boolean hasBody = (flags & F_CHUNKED) != 0 || contentLength != 0;
        boolean response = !request;
        if ((upgrade && (isConnect() || (flags & F_SKIPBODY) != 0 || !hasBody)) || (response && statusCode == 101)) {
            messageComplete();
            upgradePause();
        } else if (response && statusCode == 100) {
            messageCompleteAndCleanup();
        } else if ((flags & F_SKIPBODY) != 0
            || (response && (statusCode == 102 || statusCode == 103 || statusCode == 204 || statusCode == 304))) {
            messageCompleteAndCleanup();
        } else if ((flags & F_CHUNKED) != 0) {
            contentLength = 0;
            state = State.CHUNK_SIZE_DIGIT;
        } else if ((flags & F_TRANSFER_ENCODING) != 0) {
            if (request && !lenient) {
                fail("HPE_INVALID_TRANSFER_ENCODING", "Request has invalid `Transfer-Encoding`", p);
            } else {
                bodyUntilEof();
            }
        } else if ((flags & F_CONTENT_LENGTH) == 0) {
            if (needsEof()) bodyUntilEof();
            else messageCompleteAndCleanup();
        } else if (contentLength == 0) {
            messageCompleteAndCleanup();
        } else {
            startSpan(SPAN_BODY);
            state = State.BODY_IDENTITY;
        }
    }

    private void bodyUntilEof() {
        finish = FINISH_SAFE_WITH_CB;
        startSpan(SPAN_BODY);
        state = State.BODY_EOF;
    }

    private boolean isConnect() {
        return request && "CONNECT".equals(method);
    }

    private void messageCompleteAndCleanup() {
        messageComplete();
        if (!failed) cleanup();
    }

    /** llhttp's message_done: after a body or trailers. */
    final void messageDone() {
        messageComplete();
        if (failed) return;
        if (upgrade) upgradePause();
        else cleanup();
    }

    final void messageComplete() {
        headersDone = false;
        String[] trailers = headers.isEmpty() ? NONE : headers.drain();
        try {
            listener.onComplete(trailers);
        } catch (RuntimeException e) {
            fail("HPE_CB_MESSAGE_COMPLETE", "`on_message_complete` callback error", p);
            throw e;
        }
    }

    /** The rest of the input belongs to the upgraded protocol: execute returns what it consumed. */
    private void upgradePause() {
        state = State.UPGRADE_CLEANUP;
        stopped = true;
    }

    /** llhttp's after_message_complete: the next message, or nothing more on this connection. */
    final void cleanup() {
        boolean keepAlive = shouldKeepAlive();
        finish = FINISH_SAFE;
        flags = 0;
        if (keepAlive) contentLength = 0;
        state = keepAlive || lenient ? State.START : State.CLOSED;
    }

    final boolean shouldKeepAlive() {
        if (major > 0 && minor > 0) {
            if ((flags & F_CONNECTION_CLOSE) != 0) return false;
        } else if ((flags & F_CONNECTION_KEEP_ALIVE) == 0) {
            return false;
        }
        return !needsEof();
    }

    private boolean needsEof() {
        if (request) return false;
        if (statusCode / 100 == 1 || statusCode == 204 || statusCode == 304 || (flags & F_SKIPBODY) != 0) return false;
        if ((flags & F_TRANSFER_ENCODING) != 0 && (flags & F_CHUNKED) == 0) return true;
        return (flags & (F_CHUNKED | F_CONTENT_LENGTH)) == 0;
    }
}
