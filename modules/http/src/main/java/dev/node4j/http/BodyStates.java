package dev.node4j.http;

import static dev.node4j.http.CharClass.HEADER_CHARS;
import static dev.node4j.http.CharClass.QDTEXT;
import static dev.node4j.http.CharClass.TOKEN;
import static dev.node4j.http.CharClass.hex;

/** Bodies: Content-Length, chunked (size, extensions, data; trailers go to HeaderStates), until EOF; and after close. */
abstract class BodyStates extends HeaderStates {
    private static final String INVALID_CHUNK_SIZE = "HPE_INVALID_CHUNK_SIZE";

    BodyStates(boolean request, int maxHeaderSize, boolean lenient, ParserListener listener) {
        super(request, maxHeaderSize, lenient, listener);
    }

    @Override
    final void endOfHeaders() {
        if ((flags & F_TRAILING) != 0) {
            headerBytes = 0;   // Node's on_chunk_complete for the last chunk
            messageDone();
        } else {
            headersComplete();
        }
    }

    final void bodyStep(int c) {
        switch (state) {
            case State.BODY_IDENTITY -> {
                p += takeBody();
                if (contentLength == 0 && endSpan(p)) messageDone();
            }
            case State.BODY_EOF -> p = end;
            case State.CHUNK_SIZE_DIGIT, State.CHUNK_SIZE -> chunkSize(c);
            case State.CHUNK_SIZE_OTHERWISE -> chunkSizeEnd(c);
            case State.CHUNK_EXTENSIONS -> {
                if (c == ' ' || c == '\r') {
                    p++;
                    fail("HPE_STRICT", "Invalid character in chunk extensions", p);
                    return;
                }
                startSpan(SPAN_EXTENSION);
                state = State.CHUNK_EXTENSION_NAME;
            }
            case State.CHUNK_EXTENSION_NAME -> extensionName(c);
            case State.CHUNK_EXTENSION_VALUE -> extensionValue(c);
            case State.CHUNK_EXTENSION_QUOTED_VALUE -> {
                if (QDTEXT[c]) {
                    p++;
                } else if (c == '"') {
                    p++;
                    if (endSpan(p)) state = State.CHUNK_EXTENSION_QUOTED_DONE;
                } else if (c == '\\') {
                    advanceTo(State.CHUNK_EXTENSION_QUOTED_PAIR);
                } else {
                    extensionError("Invalid character in chunk extensions quoted value");
                }
            }
            case State.CHUNK_EXTENSION_QUOTED_PAIR -> {
                if (HEADER_CHARS[c]) advanceTo(State.CHUNK_EXTENSION_QUOTED_VALUE);
                else extensionError("Invalid quoted-pair in chunk extensions quoted value");
            }
            case State.CHUNK_EXTENSION_QUOTED_DONE -> {
                if (c == ';') advanceTo(State.CHUNK_EXTENSIONS);
                else if (c == '\r') advanceTo(State.CHUNK_SIZE_ALMOST_DONE);
                else if (c == '\n' && lenient) state = State.CHUNK_SIZE_ALMOST_DONE;
                else if (c == '\n') fail("HPE_CR_EXPECTED", "Missing expected CR after chunk extension value", p);
                else fail("HPE_STRICT", "Invalid character in chunk extensions quote value", p);
            }
            case State.CHUNK_SIZE_ALMOST_DONE -> {
                if (c == '\n') p++;
                else if (!lenient) {
                    fail("HPE_STRICT", "Expected LF after chunk size", p);
                    return;
                }
                chunkHeader();
            }
            case State.CHUNK_DATA -> {
                p += takeBody();
                if (contentLength == 0 && endSpan(p)) state = State.CHUNK_DATA_ALMOST_DONE;
            }
            case State.CHUNK_DATA_ALMOST_DONE -> {
                if (c == '\r') {
                    advanceTo(State.CHUNK_DATA_ALMOST_DONE_LF);
                } else if (c == '\n') {
                    p++;
                    if (lenient) chunkComplete();
                    else fail("HPE_CR_EXPECTED", "Missing expected CR after chunk data", p);
                } else if (lenient) {
                    chunkComplete();
                } else {
                    fail("HPE_STRICT", "Expected LF after chunk data", p);
                }
            }
            case State.CHUNK_DATA_ALMOST_DONE_LF -> {
                if (c == '\n') p++;
                else if (!lenient) {
                    fail("HPE_STRICT", "Expected LF after chunk data", p);
                    return;
                }
                chunkComplete();
            }
            case State.CLOSED -> {
                p++;
                if (c != '\r' && c != '\n' && !lenient) fail("HPE_CLOSED_CONNECTION", "Data after `Connection: close`", p);
            }
            default -> throw new IllegalStateException("state " + state);
        }
    }

    private void chunkSize(int c) {
        int digit = hex(c);
        if (digit < 0) {
            if (state == State.CHUNK_SIZE) state = State.CHUNK_SIZE_OTHERWISE;
            else fail(INVALID_CHUNK_SIZE, "Invalid character in chunk size", p);
            return;
        }
        p++;
        if (mulAdd(16, digit)) state = State.CHUNK_SIZE;
        else fail(INVALID_CHUNK_SIZE, "Chunk size overflow", p);
    }

    private void chunkSizeEnd(int c) {
        if (c == ' ' || c == '\t') {
            p++;
            if (!lenient) fail(INVALID_CHUNK_SIZE, "Invalid character in chunk size", p);
        } else if (c == '\r') {
            advanceTo(State.CHUNK_SIZE_ALMOST_DONE);
        } else if (c == '\n') {
            p++;
            if (lenient) state = State.CHUNK_SIZE_ALMOST_DONE;
            else fail("HPE_CR_EXPECTED", "Missing expected CR after chunk size", p);
        } else if (c == ';') {
            advanceTo(State.CHUNK_EXTENSIONS);
        } else {
            fail(INVALID_CHUNK_SIZE, "Invalid character in chunk size", p);
        }
    }

    private void extensionName(int c) {
        if (TOKEN[c]) {
            p++;
        } else if (c == '=' || c == ';' || c == '\r') {
            if (!endSpan(p + 1)) return;
            p++;
            if (c == '=') {
                startSpan(SPAN_EXTENSION);
                state = State.CHUNK_EXTENSION_VALUE;
            } else {
                state = c == ';' ? State.CHUNK_EXTENSIONS : State.CHUNK_SIZE_ALMOST_DONE;
            }
        } else if (c == '\n') {
            extensionLineFeed("Missing expected CR after chunk extension name");
        } else {
            extensionError("Invalid character in chunk extensions name");
        }
    }

    private void extensionValue(int c) {
        if (c == '"') {
            advanceTo(State.CHUNK_EXTENSION_QUOTED_VALUE);
        } else if (TOKEN[c]) {
            p++;
        } else if (c == ';' || c == '\r') {
            if (!endSpan(p + 1)) return;
            advanceTo(c == ';' ? State.CHUNK_EXTENSIONS : State.CHUNK_SIZE_ALMOST_DONE);
        } else if (c == '\n') {
            extensionLineFeed("Missing expected CR after chunk extension value");
        } else {
            extensionError("Invalid character in chunk extensions value");
        }
    }

    private void extensionLineFeed(String strictReason) {
        if (!endSpan(p)) return;
        if (lenient) state = State.CHUNK_SIZE_ALMOST_DONE;
        else fail("HPE_CR_EXPECTED", strictReason, p);
    }

    private void extensionError(String reason) {
        if (!endSpan(p + 1)) return;
        p++;
        fail("HPE_STRICT", reason, p);
    }

    /** Node's on_chunk_header: a new chunk (the last when empty: trailers follow). */
    private void chunkHeader() {
        headerBytes = 0;
        extensionBytes = 0;
        if (contentLength == 0) {
            flags |= F_TRAILING;
            state = State.HEADER_FIELD_START;
        } else {
            startSpan(SPAN_BODY);
            state = State.CHUNK_DATA;
        }
    }

    private void chunkComplete() {
        headerBytes = 0;
        contentLength = 0;
        state = State.CHUNK_SIZE_DIGIT;
    }
}
