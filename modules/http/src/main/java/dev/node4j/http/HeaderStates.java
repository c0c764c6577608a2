package dev.node4j.http;

import static dev.node4j.http.CharClass.CONNECTION_TOKEN;
import static dev.node4j.http.CharClass.HEADER_CHARS;
import static dev.node4j.http.CharClass.TOKEN;
import static dev.node4j.http.CharClass.lower;

/**
 * Header lines (and trailers): names must be tokens; the values of Connection, Content-Length,
 * Transfer-Encoding and Upgrade set llhttp's flags as they are read.
 */
abstract class HeaderStates extends StartLineStates {
    private static final Keywords SPECIAL = new Keywords("connection", "content-length", "proxy-connection",
        "transfer-encoding", "upgrade");
    private static final int[] SPECIAL_STATE = {HS_CONNECTION, HS_CONTENT_LENGTH, HS_CONNECTION,
        HS_TRANSFER_ENCODING, HS_UPGRADE};
    private static final Keywords CONNECTION_OPTIONS = new Keywords("close", "upgrade", "keep-alive");
    private static final int[] CONNECTION_STATE = {HS_CONNECTION_CLOSE, HS_CONNECTION_UPGRADE, HS_CONNECTION_KEEP_ALIVE};
    private static final String CHUNKED = "chunked";
    private static final String INVALID_TOKEN = "HPE_INVALID_HEADER_TOKEN";
    private static final String INVALID_CONTENT_LENGTH = "HPE_INVALID_CONTENT_LENGTH";
    private static final String INVALID_TRANSFER_ENCODING = "HPE_INVALID_TRANSFER_ENCODING";

    HeaderStates(boolean request, int maxHeaderSize, boolean lenient, ParserListener listener) {
        super(request, maxHeaderSize, lenient, listener);
    }

    /** The blank line after the headers (or trailers) was read. */
    abstract void endOfHeaders();

    final void headerStep(int c) {
        switch (state) {
            case State.HEADERS_START -> {
                if (c == ' ') {
                    p++;
                    if (!lenient) {
                        fail("HPE_UNEXPECTED_SPACE", "Unexpected space after start line", p);
                        return;
                    }
                }
                state = State.HEADER_FIELD_START;
            }
            case State.HEADER_FIELD_START -> fieldStart(c);
            case State.HEADER_FIELD -> {
                int k = matchKeyword(SPECIAL, lower(c));
                if (k >= 0) {
                    headerState = SPECIAL_STATE[k];
                    state = State.HEADER_FIELD_COLON;
                } else if (k == MISMATCH) {
                    headerState = HS_GENERAL;
                    state = State.HEADER_FIELD_GENERAL;
                }
            }
            case State.HEADER_FIELD_COLON -> {
                if (c == ' ' && lenient) {
                    state = State.HEADER_FIELD_COLON_DISCARD_WS;
                } else if (c == ' ') {
                    if (!endSpan(p + 1)) return;
                    p++;
                    fail(INVALID_TOKEN, "Invalid header field char", p);
                } else if (c == ':') {
                    fieldEnd();
                } else {
                    headerState = HS_GENERAL;
                    state = State.HEADER_FIELD_GENERAL;
                }
            }
            case State.HEADER_FIELD_COLON_DISCARD_WS -> {
                if (c == ' ') p++;
                else state = State.HEADER_FIELD_COLON;
            }
            case State.HEADER_FIELD_GENERAL -> {
                if (TOKEN[c]) {
                    int i = p + 1;
                    while (i < end && TOKEN[data[i] & 0xff]) i++;
                    p = i;
                } else if (c == ':') {
                    fieldEnd();
                } else {
                    fail(INVALID_TOKEN, "Invalid header token", p);
                }
            }
            case State.HEADER_VALUE_DISCARD_WS -> discardWhitespace(c);
            case State.HEADER_VALUE_DISCARD_WS_ALMOST_DONE -> {
                if (c == '\n') p++;
                else if (!lenient) {
                    fail("HPE_STRICT", "Expected LF after CR", p);
                    return;
                }
                state = State.HEADER_VALUE_DISCARD_LWS;
            }
            case State.HEADER_VALUE_DISCARD_LWS -> emptyValue(c);
            case State.HEADER_VALUE_TE_CHUNKED -> {
                if ((c | 0x20) == CHUNKED.charAt(matchLength)) {
                    p++;
                    if (++matchLength == CHUNKED.length()) state = State.HEADER_VALUE_TE_CHUNKED_LAST;
                } else {
                    state = State.HEADER_VALUE_TE_TOKEN;
                }
            }
            case State.HEADER_VALUE_TE_CHUNKED_LAST -> chunkedLast(c);
            case State.HEADER_VALUE_TE_TOKEN -> {
                if (c == ',') {
                    advanceTo(State.HEADER_VALUE_TE_TOKEN_OWS);
                } else if (CONNECTION_TOKEN[c]) {
                    p++;
                } else {
                    headerState = HS_GENERAL;
                    state = State.HEADER_VALUE;
                }
            }
            case State.HEADER_VALUE_TE_TOKEN_OWS -> {
                if (c == ' ' || c == '\t') {
                    p++;
                } else {
                    matchLength = 0;
                    state = State.HEADER_VALUE_TE_CHUNKED;
                }
            }
            case State.HEADER_VALUE_CONTENT_LENGTH -> contentLengthDigit(c);
            case State.HEADER_VALUE_CONTENT_LENGTH_WS -> {
                if (c == ' ' || c == '\t') {
                    p++;
                } else if (c == '\r' || c == '\n') {
                    flags |= F_CONTENT_LENGTH;
                    state = State.HEADER_VALUE_OTHERWISE;
                } else if (endSpan(p)) {
                    fail(INVALID_CONTENT_LENGTH, "Invalid character in Content-Length", p);
                }
            }
            case State.HEADER_VALUE_CONNECTION -> connectionOption(c);
            case State.HEADER_VALUE_CONNECTION_WS -> {
                if (c == ',') {
                    p++;
                    setHeaderFlags();
                    beginMatch(CONNECTION_OPTIONS);
                    state = State.HEADER_VALUE_CONNECTION;
                } else if (c == ' ' || c == '\t') {
                    p++;
                } else if (c == '\r' || c == '\n') {
                    state = State.HEADER_VALUE_OTHERWISE;
                } else {
                    headerState = HS_GENERAL;
                    state = State.HEADER_VALUE_CONNECTION_TOKEN;
                }
            }
            case State.HEADER_VALUE_CONNECTION_TOKEN -> {
                if (c == ',') {
                    p++;
                    beginMatch(CONNECTION_OPTIONS);
                    state = State.HEADER_VALUE_CONNECTION;
                } else if (CONNECTION_TOKEN[c]) {
                    p++;
                } else {
                    state = State.HEADER_VALUE_OTHERWISE;
                }
            }
            case State.HEADER_VALUE -> {
                if (HEADER_CHARS[c]) {
                    int i = p + 1;
                    while (i < end && HEADER_CHARS[data[i] & 0xff]) i++;
                    p = i;
                } else {
                    state = State.HEADER_VALUE_OTHERWISE;
                }
            }
            case State.HEADER_VALUE_OTHERWISE -> valueOtherwise(c);
            case State.HEADER_VALUE_LENIENT -> {
                if (c == '\r') {
                    if (!endSpan(p + 1)) return;
                    advanceTo(State.HEADER_VALUE_ALMOST_DONE);
                } else if (c == '\n') {
                    if (endSpan(p)) state = State.HEADER_VALUE_ALMOST_DONE;
                } else {
                    p++;
                }
            }
            case State.HEADER_VALUE_ALMOST_DONE -> {
                if (c == '\n') advanceTo(State.HEADER_VALUE_LWS);
                else fail("HPE_LF_EXPECTED", "Missing expected LF after header value", p);
            }
            case State.HEADER_VALUE_LWS -> {
                if (c != ' ' && c != '\t') {
                    setHeaderFlags();
                    state = State.HEADER_FIELD_START;
                } else if (!lenient) {
                    fail(INVALID_TOKEN, "Unexpected whitespace after header value", p);
                } else {
                    // obs-fold: the value goes on, its continuation starting at the whitespace
                    if (headerState == HS_TRANSFER_ENCODING_CHUNKED) headerState = HS_GENERAL;
                    startSpan(SPAN_VALUE);
                    valueStart();
                }
            }
            case State.HEADERS_ALMOST_DONE -> {
                if (c == '\n') p++;
                else if (!lenient) {
                    fail("HPE_STRICT", "Expected LF after headers", p);
                    return;
                }
                endOfHeaders();
            }
            default -> throw new IllegalStateException("state " + state);
        }
    }

    private void fieldStart(int c) {
        if (c == '\r') {
            advanceTo(State.HEADERS_ALMOST_DONE);
        } else if (c == '\n') {
            p++;
            if (lenient) endOfHeaders();
            else fail(INVALID_TOKEN, "Invalid header field char", p);
        } else if (c == ':') {
            fail(INVALID_TOKEN, "Invalid header token", p);
        } else {
            startSpan(SPAN_FIELD);
            beginMatch(SPECIAL);
            state = State.HEADER_FIELD;
        }
    }

    /** At the colon: the name is complete; Content-Length and Transfer-Encoding exclude each other. */
    private void fieldEnd() {
        if (!endSpan(p + 1)) return;
        p++;
        if (!lenient && headerState == HS_TRANSFER_ENCODING && (flags & F_CONTENT_LENGTH) != 0) {
            fail(INVALID_TRANSFER_ENCODING, "Transfer-Encoding can't be present with Content-Length", p);
        } else if (!lenient && headerState == HS_CONTENT_LENGTH && (flags & F_TRANSFER_ENCODING) != 0) {
            fail(INVALID_CONTENT_LENGTH, "Content-Length can't be present with Transfer-Encoding", p);
        } else {
            state = State.HEADER_VALUE_DISCARD_WS;
        }
    }

    private void discardWhitespace(int c) {
        if (c == ' ' || c == '\t') {
            p++;
        } else if (c == '\r') {
            advanceTo(State.HEADER_VALUE_DISCARD_WS_ALMOST_DONE);
        } else if (c == '\n') {
            p++;
            if (lenient) state = State.HEADER_VALUE_DISCARD_LWS;
            else fail(INVALID_TOKEN, "Invalid header value char", p);
        } else {
            startSpan(SPAN_VALUE);
            valueStart();
        }
    }

    /** After "Name:" and a line end: an empty value unless the next line folds it. */
    private void emptyValue(int c) {
        if (c == ' ' || c == '\t') {
            p++;
            if (lenient) state = State.HEADER_VALUE_DISCARD_WS;
            else fail(INVALID_TOKEN, "Invalid header value char", p);
        } else if (headerState == HS_CONTENT_LENGTH) {
            fail(INVALID_CONTENT_LENGTH, "Empty Content-Length", p);
        } else if (headerState == HS_TRANSFER_ENCODING) {
            fail(INVALID_TRANSFER_ENCODING, "Empty Transfer-Encoding", p);   // llhttp 9.4.3 (Node 24)
        } else {
            setHeaderFlags();
            if (spanPiece(SPAN_VALUE, p, p, p)) state = State.HEADER_FIELD_START;
        }
    }

    /** llhttp's header_value_start: the first byte of a value, by header. */
    private void valueStart() {
        switch (headerState) {
            case HS_UPGRADE -> {
                flags |= F_UPGRADE;
                headerState = HS_GENERAL;
                state = State.HEADER_VALUE;
            }
            case HS_TRANSFER_ENCODING -> {
                if ((flags & F_CHUNKED) != 0 && request && !lenient) {
                    invalidTransferEncoding();
                    return;
                }
                flags = (flags | F_TRANSFER_ENCODING) & ~F_CHUNKED;
                matchLength = 0;
                state = State.HEADER_VALUE_TE_CHUNKED;
            }
            case HS_CONTENT_LENGTH -> {
                if ((flags & F_CONTENT_LENGTH) != 0) fail("HPE_UNEXPECTED_CONTENT_LENGTH", "Duplicate Content-Length", p);
                else state = State.HEADER_VALUE_CONTENT_LENGTH;
            }
            case HS_CONNECTION -> {
                beginMatch(CONNECTION_OPTIONS);
                state = State.HEADER_VALUE_CONNECTION;
            }
            default -> state = State.HEADER_VALUE;
        }
    }

    /** In a request, nothing may follow chunked (the body's length would be unknown). */
    private void invalidTransferEncoding() {
        if (!endSpan(p + 1)) return;
        p++;
        fail(INVALID_TRANSFER_ENCODING, "Invalid `Transfer-Encoding` header value", p);
    }

    private void chunkedLast(int c) {
        if (c == ' ') {
            p++;
        } else if (c == '\r' || c == '\n') {
            headerState = HS_TRANSFER_ENCODING_CHUNKED;
            state = State.HEADER_VALUE_OTHERWISE;
        } else if (c == ',') {
            if (request && !lenient) {
                invalidTransferEncoding();
            } else {
                matchLength = 0;
                state = State.HEADER_VALUE_TE_CHUNKED;
            }
        } else {
            state = State.HEADER_VALUE_TE_TOKEN;
        }
    }

    private void contentLengthDigit(int c) {
        if (!isDigit(c)) {
            state = State.HEADER_VALUE_CONTENT_LENGTH_WS;
            return;
        }
        p++;
        if (!mulAdd(10, c - '0') && endSpan(p)) fail(INVALID_CONTENT_LENGTH, "Content-Length overflow", p);
    }

    private void connectionOption(int c) {
        if (matchLength == 0 && (c == ' ' || c == '\t')) {
            p++;
            return;
        }
        int k = matchKeyword(CONNECTION_OPTIONS, lower(c));
        if (k >= 0) {
            headerState = CONNECTION_STATE[k];
            state = State.HEADER_VALUE_CONNECTION_WS;
        } else if (k == MISMATCH) {
            state = State.HEADER_VALUE_CONNECTION_TOKEN;
        }
    }

    private void valueOtherwise(int c) {
        if (c == '\r') {
            if (!endSpan(p + 1)) return;
            advanceTo(State.HEADER_VALUE_ALMOST_DONE);
        } else if (c == '\n') {
            if (!endSpan(p)) return;
            if (lenient) state = State.HEADER_VALUE_ALMOST_DONE;
            else fail("HPE_CR_EXPECTED", "Missing expected CR after header value", p);
        } else if (lenient) {
            state = State.HEADER_VALUE_LENIENT;
        } else if (endSpan(p)) {
            fail(INVALID_TOKEN, "Invalid header value char", p);
        }
    }

    /** The value is complete: what Connection and Transfer-Encoding said becomes flags. */
    private void setHeaderFlags() {
        switch (headerState) {
            case HS_CONNECTION_KEEP_ALIVE -> {
                flags |= F_CONNECTION_KEEP_ALIVE;
                headerState = HS_CONNECTION;
            }
            case HS_CONNECTION_CLOSE -> {
                flags |= F_CONNECTION_CLOSE;
                headerState = HS_CONNECTION;
            }
            case HS_CONNECTION_UPGRADE -> {
                flags |= F_CONNECTION_UPGRADE;
                headerState = HS_CONNECTION;
            }
            case HS_TRANSFER_ENCODING_CHUNKED -> flags |= F_CHUNKED;
            default -> {
            }
        }
    }
}
