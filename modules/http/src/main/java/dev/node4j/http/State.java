package dev.node4j.http;

/** The parser's states that wait for input, named after llhttp's nodes; grouped by the class that handles them. */
final class State {
    private State() {
    }

    // StartLineStates
    static final int START = 0;
    static final int METHOD = 1;
    static final int FIRST_SPACE_BEFORE_URL = 2;
    static final int SPACES_BEFORE_URL = 3;
    static final int URL_START = 4;
    static final int URL_SCHEMA = 5;
    static final int URL_SCHEMA_DELIM = 6;
    static final int URL_SCHEMA_DELIM_2 = 7;
    static final int URL_SERVER = 8;
    static final int URL_SERVER_WITH_AT = 9;
    static final int URL_PATH = 10;
    static final int URL_QUERY_OR_FRAGMENT = 11;
    static final int URL_QUERY = 12;
    static final int URL_FRAGMENT = 13;
    static final int URL_SKIP_TO_HTTP = 14;
    static final int URL_SKIP_TO_HTTP09 = 15;
    static final int URL_SKIP_CRLF_TO_HTTP09 = 16;
    static final int URL_SKIP_LF_TO_HTTP09 = 17;
    static final int REQ_HTTP_START = 18;
    static final int REQ_PROTOCOL = 19;
    static final int REQ_AFTER_PROTOCOL = 20;
    static final int REQ_HTTP_MAJOR = 21;
    static final int REQ_HTTP_DOT = 22;
    static final int REQ_HTTP_MINOR = 23;
    static final int REQ_HTTP_COMPLETE = 24;
    static final int REQ_HTTP_COMPLETE_CRLF = 25;
    static final int REQ_PRI_UPGRADE = 26;
    static final int RES_PROTOCOL = 27;
    static final int RES_AFTER_PROTOCOL = 28;
    static final int RES_HTTP_MAJOR = 29;
    static final int RES_HTTP_DOT = 30;
    static final int RES_HTTP_MINOR = 31;
    static final int RES_AFTER_VERSION = 32;
    static final int RES_STATUS_DIGIT_1 = 33;
    static final int RES_STATUS_DIGIT_2 = 34;
    static final int RES_STATUS_DIGIT_3 = 35;
    static final int RES_STATUS_CODE_OTHERWISE = 36;
    static final int RES_STATUS = 37;
    static final int RES_LINE_ALMOST_DONE = 38;
    /** After the url's space (or line end): a tab or form feed still counts as the url's. */
    static final int URL_TO_HTTP = 39;
    static final int URL_TO_HTTP09 = 40;
    static final int LAST_LINE_STATE = 40;

    // HeaderStates
    static final int HEADERS_START = 45;
    static final int HEADER_FIELD_START = 46;
    static final int HEADER_FIELD = 47;
    static final int HEADER_FIELD_COLON = 48;
    static final int HEADER_FIELD_COLON_DISCARD_WS = 49;
    static final int HEADER_FIELD_GENERAL = 50;
    static final int HEADER_VALUE_DISCARD_WS = 51;
    static final int HEADER_VALUE_DISCARD_WS_ALMOST_DONE = 52;
    static final int HEADER_VALUE_DISCARD_LWS = 53;
    static final int HEADER_VALUE_TE_CHUNKED = 54;
    static final int HEADER_VALUE_TE_CHUNKED_LAST = 55;
    static final int HEADER_VALUE_TE_TOKEN = 56;
    static final int HEADER_VALUE_TE_TOKEN_OWS = 57;
    static final int HEADER_VALUE_CONTENT_LENGTH = 58;
    static final int HEADER_VALUE_CONTENT_LENGTH_WS = 59;
    static final int HEADER_VALUE_CONNECTION = 60;
    static final int HEADER_VALUE_CONNECTION_WS = 61;
    static final int HEADER_VALUE_CONNECTION_TOKEN = 62;
    static final int HEADER_VALUE = 63;
    static final int HEADER_VALUE_OTHERWISE = 64;
    static final int HEADER_VALUE_LENIENT = 65;
    static final int HEADER_VALUE_ALMOST_DONE = 66;
    static final int HEADER_VALUE_LWS = 67;
    static final int HEADERS_ALMOST_DONE = 68;
    static final int LAST_HEADER_STATE = 68;

    // BodyStates
    static final int BODY_IDENTITY = 70;
    static final int BODY_EOF = 71;
    static final int CHUNK_SIZE_DIGIT = 72;
    static final int CHUNK_SIZE = 73;
    static final int CHUNK_SIZE_OTHERWISE = 74;
    static final int CHUNK_EXTENSIONS = 75;
    static final int CHUNK_EXTENSION_NAME = 76;
    static final int CHUNK_EXTENSION_VALUE = 77;
    static final int CHUNK_EXTENSION_QUOTED_VALUE = 78;
    static final int CHUNK_EXTENSION_QUOTED_PAIR = 79;
    static final int CHUNK_EXTENSION_QUOTED_DONE = 80;
    static final int CHUNK_SIZE_ALMOST_DONE = 81;
    static final int CHUNK_DATA = 82;
    static final int CHUNK_DATA_ALMOST_DONE = 83;
    static final int CHUNK_DATA_ALMOST_DONE_LF = 84;
    static final int CLOSED = 85;
    /** Stopped after an upgrade's headers (or body): llhttp resumes at its cleanup node. */
    static final int UPGRADE_CLEANUP = 86;
}
