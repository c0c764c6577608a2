package dev.node4j.http;

import static dev.node4j.http.CharClass.ALPHA;
import static dev.node4j.http.CharClass.URL_CHAR;
import static dev.node4j.http.CharClass.USERINFO;

/** The request line (method, url, version) and the status line, as llhttp's nodes take them. */
abstract class StartLineStates extends ParserCore {
    private static final Keywords PROTOCOLS = new Keywords("HTTP", "RTSP", "ICE");
    private static final byte[] H2_PREFACE = "\r\n\r\nSM\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    private static final String INVALID_URL = "HPE_INVALID_URL";
    private static final String INVALID_VERSION = "HPE_INVALID_VERSION";
    private static final String INVALID_STATUS = "HPE_INVALID_STATUS";
    private static final String EXPECTED_PROTOCOL = "Expected HTTP/, RTSP/ or ICE/";

    StartLineStates(boolean request, int maxHeaderSize, boolean lenient, ParserListener listener) {
        super(request, maxHeaderSize, lenient, listener);
    }

    final void lineStep(int c) {
        switch (state) {
            case State.START -> start(c);
            case State.METHOD -> method(c);
            case State.FIRST_SPACE_BEFORE_URL -> {
                if (c != ' ') {
                    fail("HPE_INVALID_METHOD", "Expected space after method", p);
                    return;
                }
                p++;
                state = State.SPACES_BEFORE_URL;
            }
            case State.SPACES_BEFORE_URL -> {
                if (c == ' ') {
                    p++;
                    return;
                }
                startSpan(SPAN_URL);
                state = "CONNECT".equals(method) ? State.URL_SERVER : State.URL_START;
            }
            case State.URL_START -> urlStart(c);
            case State.URL_SCHEMA -> {
                if (ALPHA[c]) p++;
                else if (c == ':') advanceTo(State.URL_SCHEMA_DELIM);
                else if (isUrlSpace(c) || isTabOrFormFeed(c)) invalidUrl();
                else fail(INVALID_URL, "Unexpected char in url schema", p);
            }
            case State.URL_SCHEMA_DELIM -> {
                if (c == '/') advanceTo(State.URL_SCHEMA_DELIM_2);
                else if (isUrlSpace(c) || isTabOrFormFeed(c)) invalidUrl();
                else fail(INVALID_URL, "Unexpected char in url schema", p);
            }
            case State.URL_SCHEMA_DELIM_2 -> {
                if (c == '/') advanceTo(State.URL_SERVER);
                else fail(INVALID_URL, "Unexpected char in url schema", p);
            }
            case State.URL_SERVER, State.URL_SERVER_WITH_AT -> server(c);
            case State.URL_PATH -> path(c);
            case State.URL_QUERY_OR_FRAGMENT -> {
                if (c == '?') advanceTo(State.URL_QUERY);
                else if (c == '#') advanceTo(State.URL_FRAGMENT);
                else if (!urlEnd(c)) urlError(c, "Invalid char in url path");
            }
            case State.URL_QUERY -> {
                if (URL_CHAR[c] || c == '?') p++;
                else if (c == '#') advanceTo(State.URL_FRAGMENT);
                else if (!urlEnd(c)) urlError(c, "Invalid char in url query");
            }
            case State.URL_FRAGMENT -> {
                if (URL_CHAR[c] || c == '?' || c == '#') p++;
                else if (!urlEnd(c)) urlError(c, "Invalid char in url fragment start");
            }
            case State.URL_SKIP_TO_HTTP -> advanceTo(State.URL_TO_HTTP);
            case State.URL_SKIP_TO_HTTP09 -> advanceTo(State.URL_TO_HTTP09);
            case State.URL_TO_HTTP, State.URL_TO_HTTP09 -> {
                if (isTabOrFormFeed(c)) invalidUrl();
                else if (state == State.URL_TO_HTTP) state = State.REQ_HTTP_START;
                else http09();
            }
            case State.URL_SKIP_CRLF_TO_HTTP09 -> advanceTo(State.URL_SKIP_LF_TO_HTTP09);
            case State.URL_SKIP_LF_TO_HTTP09 -> {
                if (c != '\n') {
                    fail(INVALID_URL, "Expected CRLF", p);
                    return;
                }
                advanceTo(State.URL_TO_HTTP09);
            }
            case State.REQ_HTTP_START -> {
                if (c == ' ') {
                    p++;
                    return;
                }
                beginMatch(PROTOCOLS);
                state = State.REQ_PROTOCOL;
            }
            case State.REQ_PROTOCOL -> requestProtocol(c);
            case State.REQ_AFTER_PROTOCOL, State.RES_AFTER_PROTOCOL -> {
                if (c != '/') {
                    fail("HPE_INVALID_CONSTANT", EXPECTED_PROTOCOL, p);
                    return;
                }
                advanceTo(state == State.REQ_AFTER_PROTOCOL ? State.REQ_HTTP_MAJOR : State.RES_HTTP_MAJOR);
            }
            case State.REQ_HTTP_MAJOR, State.RES_HTTP_MAJOR -> {
                if (!isDigit(c)) {
                    fail(INVALID_VERSION, "Invalid major version", p);
                    return;
                }
                major = c - '0';
                advanceTo(state == State.REQ_HTTP_MAJOR ? State.REQ_HTTP_DOT : State.RES_HTTP_DOT);
            }
            case State.REQ_HTTP_DOT, State.RES_HTTP_DOT -> {
                if (c != '.') {
                    fail(INVALID_VERSION, "Expected dot", p);
                    return;
                }
                advanceTo(state == State.REQ_HTTP_DOT ? State.REQ_HTTP_MINOR : State.RES_HTTP_MINOR);
            }
            case State.REQ_HTTP_MINOR, State.RES_HTTP_MINOR -> minor(c);
            case State.REQ_HTTP_COMPLETE -> {
                p++;
                if (c == '\r' || (c == '\n' && lenient)) state = State.REQ_HTTP_COMPLETE_CRLF;
                else fail(INVALID_VERSION, "Expected CRLF after version", c == '\n' ? p : p - 1);
            }
            case State.REQ_HTTP_COMPLETE_CRLF -> {
                if (c == '\n') p++;
                else if (!lenient) {
                    fail("HPE_STRICT", "Expected CRLF after version", p);
                    return;
                }
                state = State.HEADERS_START;
            }
            case State.REQ_PRI_UPGRADE -> {
                if (c != (H2_PREFACE[matchLength] & 0xff)) {
                    fail(INVALID_VERSION, "Expected HTTP/2 Connection Preface", p);
                    return;
                }
                p++;
                if (++matchLength == H2_PREFACE.length) fail("HPE_PAUSED_H2_UPGRADE", "Pause on PRI/Upgrade", p);
            }
            case State.RES_PROTOCOL -> {
                int k = matchKeyword(PROTOCOLS, c);
                if (k >= 0) state = State.RES_AFTER_PROTOCOL;
                else if (k == MISMATCH) fail("HPE_INVALID_CONSTANT", EXPECTED_PROTOCOL, p);
            }
            case State.RES_AFTER_VERSION -> {
                if (c != ' ') {
                    fail(INVALID_VERSION, "Expected space after version", p);
                    return;
                }
                statusCode = 0;
                advanceTo(State.RES_STATUS_DIGIT_1);
            }
            case State.RES_STATUS_DIGIT_1, State.RES_STATUS_DIGIT_2, State.RES_STATUS_DIGIT_3 -> {
                if (!isDigit(c)) {
                    fail(INVALID_STATUS, "Invalid status code", p);
                    return;
                }
                statusCode = statusCode * 10 + c - '0';
                advanceTo(state + 1);
            }
            case State.RES_STATUS_CODE_OTHERWISE -> statusCodeEnd(c);
            case State.RES_STATUS -> status(c);
            case State.RES_LINE_ALMOST_DONE -> {
                if (c == '\n') p++;
                else if (!lenient) {
                    fail("HPE_STRICT", "Expected LF after CR", p);
                    return;
                }
                state = State.HEADERS_START;
            }
            default -> throw new IllegalStateException("state " + state);
        }
    }

    private void start(int c) {
        if (c == '\r' || c == '\n') {
            p++;
            return;
        }
        messageBegin();
        if (request) {
            beginMatch(Methods.ALL);
            state = State.METHOD;
        } else {
            beginMatch(PROTOCOLS);
            state = State.RES_PROTOCOL;
        }
    }

    private void method(int c) {
        if (matchLength == 0) {
            int whole = Methods.ALL.whole(data, p, end, ' ');
            if (whole >= 0) {
                p += Methods.ALL.names[whole].length();
                method = Methods.ALL.names[whole];
                state = State.FIRST_SPACE_BEFORE_URL;
                return;
            }
        }
        int k = matchKeyword(Methods.ALL, c);
        if (k >= 0) {
            method = Methods.ALL.names[k];
            state = State.FIRST_SPACE_BEFORE_URL;
        } else if (k == MISMATCH) {
            fail("HPE_INVALID_METHOD", "Invalid method encountered", p);
        }
    }

    private void urlStart(int c) {
        if (c == '/' || c == '*') advanceTo(State.URL_PATH);
        else if (ALPHA[c]) state = State.URL_SCHEMA;
        else if (isUrlSpace(c) || isTabOrFormFeed(c)) invalidUrl();
        else fail(INVALID_URL, "Unexpected start char in url", p);
    }

    private void server(int c) {
        if (c == '/') advanceTo(State.URL_PATH);
        else if (c == '?') advanceTo(State.URL_QUERY);
        else if (USERINFO[c] || c == '[' || c == ']') advanceTo(State.URL_SERVER);
        else if (c == '@') {
            p++;
            if (state == State.URL_SERVER_WITH_AT) fail(INVALID_URL, "Double @ in url", p);
            else state = State.URL_SERVER_WITH_AT;
        } else if (!urlEnd(c)) {
            urlError(c, "Unexpected char in url server");
        }
    }

    private void path(int c) {
        if (URL_CHAR[c]) {
            int i = p + 1;
            while (i < end && URL_CHAR[data[i] & 0xff]) i++;
            p = i;
        } else if (isTabOrFormFeed(c)) {
            invalidUrl();
        } else {
            state = State.URL_QUERY_OR_FRAGMENT;
        }
    }

    /** A space, CR or LF ends the url (span ended before it): true when c was one of them. */
    private boolean urlEnd(int c) {
        int next;
        if (c == ' ') next = State.URL_SKIP_TO_HTTP;
        else if (c == '\r') next = State.URL_SKIP_CRLF_TO_HTTP09;
        else if (c == '\n') next = State.URL_SKIP_TO_HTTP09;
        else return false;
        if (endSpan(p)) state = next;
        return true;
    }

    private void urlError(int c, String reason) {
        if (isTabOrFormFeed(c)) invalidUrl();
        else fail(INVALID_URL, reason, p);
    }

    /** Tab, form feed (anywhere) and space, CR, LF (before the path) are matched, then refused. */
    private void invalidUrl() {
        fail(INVALID_URL, "Invalid characters in url", p + 1);
    }

    private void http09() {
        major = 0;
        minor = 9;
        state = State.HEADERS_START;
    }

    private void requestProtocol(int c) {
        int k = matchKeyword(PROTOCOLS, c);
        if (k == MORE) return;
        if (k == MISMATCH) {
            fail("HPE_INVALID_CONSTANT", EXPECTED_PROTOCOL, p);
            return;
        }
        String invalid = switch (k) {
            case 0 -> Methods.allowedWithHttp(method) ? null : "Invalid method for HTTP/x.x request";
            case 1 -> Methods.RTSP.contains(method) ? null : "Invalid method for RTSP/x.x request";
            default -> "SOURCE".equals(method) ? null : "Expected SOURCE method for ICE/x.x request";
        };
        if (invalid != null) fail("HPE_INVALID_CONSTANT", invalid, p);
        else state = State.REQ_AFTER_PROTOCOL;
    }

    private void minor(int c) {
        if (!isDigit(c)) {
            fail(INVALID_VERSION, "Invalid minor version", p);
            return;
        }
        minor = c - '0';
        p++;
        boolean known = (major == 0 && minor == 9) || (major == 1 && minor <= 1) || (major == 2 && minor == 0);
        if (!known && !lenient) {
            fail(INVALID_VERSION, "Invalid HTTP version", p);
        } else if (state == State.RES_HTTP_MINOR) {
            state = State.RES_AFTER_VERSION;
        } else if (Methods.PRI.equals(method)) {
            matchLength = 0;
            state = State.REQ_PRI_UPGRADE;
        } else {
            state = State.REQ_HTTP_COMPLETE;
        }
    }

    private void statusCodeEnd(int c) {
        p++;
        if (c == ' ') {
            startSpan(SPAN_STATUS);
            state = State.RES_STATUS;
        } else if (c == '\r') {
            state = State.RES_LINE_ALMOST_DONE;
        } else if (c == '\n' && lenient) {
            state = State.HEADERS_START;
        } else {
            fail(INVALID_STATUS, "Invalid response status", c == '\n' ? p : p - 1);
        }
    }

    private void status(int c) {
        if (c == '\r' || c == '\n') {
            if (!endSpan(p + 1)) return;
            p++;
            if (c == '\r') state = State.RES_LINE_ALMOST_DONE;
            else if (lenient) state = State.HEADERS_START;
            else fail("HPE_CR_EXPECTED", "Missing expected CR after response line", p);
            return;
        }
        int i = p + 1;
        while (i < end && data[i] != '\r' && data[i] != '\n') i++;
        p = i;
    }

    final void advanceTo(int next) {
        p++;
        state = next;
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isUrlSpace(int c) {
        return c == ' ' || c == '\r' || c == '\n';
    }

    private static boolean isTabOrFormFeed(int c) {
        return c == '\t' || c == '\f';
    }
}
