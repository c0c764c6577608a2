package dev.node4j.http;

/** llhttp's character sets (RFC 9110's token, field-value chars, ... and its URL chars), as lookup tables. */
final class CharClass {
    static final boolean[] ALPHA = new boolean[256];
    static final boolean[] TOKEN = new boolean[256];
    static final boolean[] URL_CHAR = new boolean[256];
    static final boolean[] USERINFO = new boolean[256];
    /** HTAB, SP, VCHAR and obs-text: what a header value may hold. */
    static final boolean[] HEADER_CHARS = new boolean[256];
    /** HEADER_CHARS without ','. */
    static final boolean[] CONNECTION_TOKEN = new boolean[256];
    static final boolean[] QDTEXT = new boolean[256];

    static {
        for (int c = 'a'; c <= 'z'; c++) ALPHA[c] = ALPHA[c - 32] = true;
        set(TOKEN, "!#$%&'*+-.^_`|~");
        set(URL_CHAR, "!\"$%&'()*+,-./:;<=>@[\\]^_`{|}~");
        set(USERINFO, "-_.!~*'()%;:&=+$,");
        for (int c = 0; c < 256; c++) {
            boolean alnum = ALPHA[c] || (c >= '0' && c <= '9');
            if (alnum) TOKEN[c] = URL_CHAR[c] = USERINFO[c] = true;
            HEADER_CHARS[c] = c == '\t' || (c >= ' ' && c != 0x7f);
            CONNECTION_TOKEN[c] = HEADER_CHARS[c] && c != ',';
            QDTEXT[c] = HEADER_CHARS[c] && c != '"' && c != '\\';
        }
    }

    private CharClass() {
    }

    private static void set(boolean[] table, String chars) {
        for (int i = 0; i < chars.length(); i++) table[chars.charAt(i)] = true;
    }

    /** The value of a hex digit, or -1. */
    static int hex(int c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    /** ASCII A-Z to lower case, as llparse's toLower transform. */
    static int lower(int c) {
        return c >= 'A' && c <= 'Z' ? c | 0x20 : c;
    }
}
