package dev.node4j.url;

import java.util.Locale;

import dev.node4j.url.PercentEncode.Set;

/** The URL Standard's basic URL parser: a state machine over code points, with state overrides. */
final class UrlParser {
    enum State {
        SCHEME_START, SCHEME, NO_SCHEME, SPECIAL_RELATIVE_OR_AUTHORITY, PATH_OR_AUTHORITY, RELATIVE,
        RELATIVE_SLASH, SPECIAL_AUTHORITY_SLASHES, SPECIAL_AUTHORITY_IGNORE_SLASHES, AUTHORITY, HOST,
        HOSTNAME, PORT, FILE, FILE_SLASH, FILE_HOST, PATH_START, PATH, OPAQUE_PATH, QUERY, FRAGMENT
    }

    private static final int EOF = -1;

    private final int[] in;
    // The input when it is all ASCII without tab or newline (in[i] is ascii.charAt(i)): runs of
    // ordinary characters are then copied as blocks instead of one code point per step.
    private final String ascii;
    private final UrlRecord base;
    private final UrlRecord url;
    private final State override;
    private State state;
    private int p;
    private final StringBuilder buffer = new StringBuilder();
    private boolean atSignSeen;
    private boolean insideBrackets;
    private boolean passwordTokenSeen;
    private StringBuilder fragment;   // the fragment state's output, stored in url.fragment at the end

    private UrlParser(String input, UrlRecord base, UrlRecord url, State override) {
        this.in = codePoints(input);
        this.ascii = isPlainAscii(input) ? input : null;
        this.base = base;
        this.url = url;
        this.override = override;
        this.state = override != null ? override : State.SCHEME_START;
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 0x80 || ch == '\t' || ch == '\n' || ch == '\r') return false;
        }
        return true;
    }

    /** The end of the run of characters from {@code from} that are none of {@code stops}. */
    private int runEnd(int from, String stops) {
        int q = from;
        while (q < in.length && stops.indexOf(ascii.charAt(q)) < 0) q++;
        return q;
    }

    /** The code points of {@code input} without tab and newline characters (which the parser skips). */
    private static int[] codePoints(String input) {
        int n = input.length();
        int[] out = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char ch = input.charAt(i);
            if (ch == '\t' || ch == '\n' || ch == '\r') continue;
            if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(input.charAt(i + 1))) {
                out[k++] = Character.toCodePoint(ch, input.charAt(++i));
            } else {
                out[k++] = ch;
            }
        }
        return k == n ? out : java.util.Arrays.copyOf(out, k);
    }

    /** Parses {@code input} against {@code base} (may be null); null on failure. */
    static UrlRecord parse(String input, UrlRecord base) {
        int s = 0;
        int e = input.length();
        while (s < e && input.charAt(s) <= 0x20) s++;
        while (e > s && input.charAt(e - 1) <= 0x20) e--;
        UrlRecord url = new UrlRecord();
        UrlParser parser = new UrlParser(input.substring(s, e), base, url, null);
        return parser.run() ? url : null;
    }

    /** Runs the parser on an existing URL with a state override (the setters); false on failure. */
    static boolean parseInto(String input, UrlRecord url, State override) {
        return new UrlParser(input, null, url, override).run();
    }

    private int c() {
        return p < in.length && p >= 0 ? in[p] : EOF;
    }

    private boolean remainingStartsWith(char ch) {
        return p + 1 < in.length && in[p + 1] == ch;
    }

    private static boolean isAlpha(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isWindowsDriveLetter(CharSequence s, boolean normalizedOnly) {
        return s.length() == 2 && isAlpha(s.charAt(0))
                && (s.charAt(1) == ':' || (!normalizedOnly && s.charAt(1) == '|'));
    }

    private boolean startsWithWindowsDriveLetter(int at) {
        if (at + 1 >= in.length || !isAlpha(in[at]) || (in[at + 1] != ':' && in[at + 1] != '|')) return false;
        if (at + 2 == in.length) return true;
        int c = in[at + 2];
        return c == '/' || c == '\\' || c == '?' || c == '#';
    }

    private void shortenPath() {
        if (url.scheme.equals("file") && url.path.size() == 1 && isWindowsDriveLetter(url.path.get(0), true)) return;
        if (!url.path.isEmpty()) url.path.remove(url.path.size() - 1);
    }

    static boolean singleDot(String s) {
        return s.equals(".") || s.equalsIgnoreCase("%2e");
    }

    static boolean doubleDot(String s) {
        int n = s.length();
        if (n != 2 && n != 4 && n != 6) return false;
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "..", ".%2e", "%2e.", "%2e%2e" -> true;
            default -> false;
        };
    }

    private boolean run() {
        for (p = 0; p <= in.length; p++) {
            int r = step(c());
            if (r == FAIL) return false;
            if (r == RETURN) return true;
        }
        return true;
    }

    private static final int CONTINUE = 0;
    private static final int FAIL = 1;
    private static final int RETURN = 2;

    private int step(int c) {
        boolean special = url.isSpecial();
        switch (state) {
            case SCHEME_START:
                if (isAlpha(c)) {
                    buffer.append((char) Character.toLowerCase(c));
                    state = State.SCHEME;
                } else if (override == null) {
                    state = State.NO_SCHEME;
                    p--;
                } else {
                    return FAIL;
                }
                return CONTINUE;
            case SCHEME:
                if (isAlpha(c) || isDigit(c) || c == '+' || c == '-' || c == '.') {
                    buffer.append((char) Character.toLowerCase(c));
                } else if (c == ':') {
                    String b = buffer.toString();
                    if (override != null) {
                        if (url.isSpecial() != UrlRecord.special(b)) return RETURN;
                        if ((url.hasCredentials() || url.port >= 0) && b.equals("file")) return RETURN;
                        if (url.scheme.equals("file") && "".equals(url.host)) return RETURN;
                    }
                    url.scheme = b;
                    if (override != null) {
                        if (url.port == UrlRecord.defaultPort(b)) url.port = -1;
                        return RETURN;
                    }
                    buffer.setLength(0);
                    if (b.equals("file")) {
                        state = State.FILE;
                    } else if (url.isSpecial() && base != null && base.scheme.equals(b)) {
                        state = State.SPECIAL_RELATIVE_OR_AUTHORITY;
                    } else if (url.isSpecial()) {
                        state = State.SPECIAL_AUTHORITY_SLASHES;
                    } else if (remainingStartsWith('/')) {
                        state = State.PATH_OR_AUTHORITY;
                        p++;
                    } else {
                        url.opaquePath = "";
                        state = State.OPAQUE_PATH;
                    }
                } else if (override == null) {
                    buffer.setLength(0);
                    state = State.NO_SCHEME;
                    p = -1;
                } else {
                    return FAIL;
                }
                return CONTINUE;
            case NO_SCHEME:
                if (base == null || (base.opaquePath != null && c != '#')) return FAIL;
                if (base.opaquePath != null) {
                    url.scheme = base.scheme;
                    url.opaquePath = base.opaquePath;
                    url.query = base.query;
                    url.fragment = "";
                    state = State.FRAGMENT;
                } else {
                    state = base.scheme.equals("file") ? State.FILE : State.RELATIVE;
                    p--;
                }
                return CONTINUE;
            case SPECIAL_RELATIVE_OR_AUTHORITY:
                if (c == '/' && remainingStartsWith('/')) {
                    state = State.SPECIAL_AUTHORITY_IGNORE_SLASHES;
                    p++;
                } else {
                    state = State.RELATIVE;
                    p--;
                }
                return CONTINUE;
            case PATH_OR_AUTHORITY:
                if (c == '/') {
                    state = State.AUTHORITY;
                } else {
                    state = State.PATH;
                    p--;
                }
                return CONTINUE;
            case RELATIVE:
                url.scheme = base.scheme;
                if (c == '/' || (url.isSpecial() && c == '\\')) {
                    state = State.RELATIVE_SLASH;
                } else {
                    copyAuthority(base);
                    url.path = new java.util.ArrayList<>(base.path);
                    url.query = base.query;
                    if (c == '?') {
                        url.query = "";
                        state = State.QUERY;
                    } else if (c == '#') {
                        url.fragment = "";
                        state = State.FRAGMENT;
                    } else if (c != EOF) {
                        url.query = null;
                        shortenPath();
                        state = State.PATH;
                        p--;
                    }
                }
                return CONTINUE;
            case RELATIVE_SLASH:
                if (special && (c == '/' || c == '\\')) {
                    state = State.SPECIAL_AUTHORITY_IGNORE_SLASHES;
                } else if (c == '/') {
                    state = State.AUTHORITY;
                } else {
                    copyAuthority(base);
                    state = State.PATH;
                    p--;
                }
                return CONTINUE;
            case SPECIAL_AUTHORITY_SLASHES:
                state = State.SPECIAL_AUTHORITY_IGNORE_SLASHES;
                if (c == '/' && remainingStartsWith('/')) p++;
                else p--;
                return CONTINUE;
            case SPECIAL_AUTHORITY_IGNORE_SLASHES:
                if (c != '/' && c != '\\') {
                    state = State.AUTHORITY;
                    p--;
                }
                return CONTINUE;
            case AUTHORITY:
                return authority(c, special);
            case HOST, HOSTNAME:
                return host(c, special);
            case PORT:
                return port(c, special);
            case FILE:
                return file(c);
            case FILE_SLASH:
                if (c == '/' || c == '\\') {
                    state = State.FILE_HOST;
                } else {
                    if (base != null && base.scheme.equals("file")) {
                        url.host = base.host;
                        if (!startsWithWindowsDriveLetter(p) && !base.path.isEmpty()
                                && isWindowsDriveLetter(base.path.get(0), true)) {
                            url.path.add(base.path.get(0));
                        }
                    }
                    state = State.PATH;
                    p--;
                }
                return CONTINUE;
            case FILE_HOST:
                return fileHost(c);
            case PATH_START:
                if (special) {
                    state = State.PATH;
                    if (c != '/' && c != '\\') p--;
                } else if (override == null && c == '?') {
                    url.query = "";
                    state = State.QUERY;
                } else if (override == null && c == '#') {
                    url.fragment = "";
                    state = State.FRAGMENT;
                } else if (c != EOF) {
                    state = State.PATH;
                    if (c != '/') p--;
                } else if (override != null && url.host == null) {
                    url.path.add("");
                }
                return CONTINUE;
            case PATH:
                return path(c, special);
            case OPAQUE_PATH:
                if (c == '?') {
                    url.query = "";
                    state = State.QUERY;
                } else if (c == '#') {
                    url.fragment = "";
                    state = State.FRAGMENT;
                } else if (c == ' ' && p + 1 < in.length && (in[p + 1] == '?' || in[p + 1] == '#')) {
                    url.opaquePath += "%20";    // a space before ? or # must survive query/hash removal
                } else if (c != EOF) {
                    StringBuilder sb = new StringBuilder(url.opaquePath);
                    PercentEncode.append(sb, PercentEncode.lone(c), Set.C0);
                    url.opaquePath = sb.toString();
                }
                return CONTINUE;
            case QUERY:
                if ((override == null && c == '#') || c == EOF) {
                    Set set = special ? Set.SPECIAL_QUERY : Set.QUERY;
                    url.query = (url.query == null ? "" : url.query) + PercentEncode.encode(buffer.toString(), set);
                    buffer.setLength(0);
                    if (c == '#') {
                        url.fragment = "";
                        state = State.FRAGMENT;
                    }
                } else if (ascii != null) {
                    int end = override == null ? ascii.indexOf('#', p) : -1;
                    if (end < 0) end = in.length;
                    buffer.append(ascii, p, end);
                    p = end - 1;
                } else {
                    buffer.appendCodePoint(c);
                }
                return CONTINUE;
            case FRAGMENT:
                if (fragment == null) fragment = new StringBuilder(url.fragment == null ? "" : url.fragment);
                if (c == EOF) {
                    url.fragment = fragment.toString();
                } else if (ascii != null) {
                    PercentEncode.append(fragment, ascii, p, in.length, Set.FRAGMENT);
                    p = in.length - 1;
                } else {
                    PercentEncode.append(fragment, PercentEncode.lone(c), Set.FRAGMENT);
                }
                return CONTINUE;
            default:
                throw new IllegalStateException(state.name());
        }
    }

    private void copyAuthority(UrlRecord from) {
        url.username = from.username;
        url.password = from.password;
        url.host = from.host;
        url.port = from.port;
    }

    private int authority(int c, boolean special) {
        if (c == '@') {
            if (atSignSeen) buffer.insert(0, "%40");
            atSignSeen = true;
            StringBuilder user = new StringBuilder(url.username);
            StringBuilder pass = new StringBuilder(url.password);
            for (int i = 0; i < buffer.length(); ) {
                int cp = buffer.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == ':' && !passwordTokenSeen) {
                    passwordTokenSeen = true;
                    continue;
                }
                PercentEncode.append(passwordTokenSeen ? pass : user, PercentEncode.lone(cp), Set.USERINFO);
            }
            url.username = user.toString();
            url.password = pass.toString();
            buffer.setLength(0);
        } else if (c == EOF || c == '/' || c == '?' || c == '#' || (special && c == '\\')) {
            if (atSignSeen && buffer.isEmpty()) return FAIL;
            p -= buffer.codePointCount(0, buffer.length()) + 1;
            buffer.setLength(0);
            state = State.HOST;
        } else if (ascii != null) {
            int end = runEnd(p + 1, "@/?#\\");
            buffer.append(ascii, p, end);
            p = end - 1;
        } else {
            buffer.appendCodePoint(c);
        }
        return CONTINUE;
    }

    private int host(int c, boolean special) {
        if (override != null && url.scheme.equals("file")) {
            p--;
            state = State.FILE_HOST;
        } else if (c == ':' && !insideBrackets) {
            if (buffer.isEmpty()) return FAIL;
            if (override == State.HOSTNAME) return FAIL;
            try {
                url.host = HostParser.parse(buffer.toString(), !special);
            } catch (HostParser.Failure f) {
                return FAIL;
            }
            buffer.setLength(0);
            state = State.PORT;
        } else if (c == EOF || c == '/' || c == '?' || c == '#' || (special && c == '\\')) {
            p--;
            if (special && buffer.isEmpty()) return FAIL;
            if (override != null && buffer.isEmpty() && (url.hasCredentials() || url.port >= 0)) return FAIL;
            try {
                url.host = HostParser.parse(buffer.toString(), !special);
            } catch (HostParser.Failure f) {
                return FAIL;
            }
            buffer.setLength(0);
            state = State.PATH_START;
            if (override != null) return RETURN;
        } else {
            if (c == '[') insideBrackets = true;
            if (c == ']') insideBrackets = false;
            if (ascii != null) {
                int end = runEnd(p + 1, ":/?#\\[]");
                buffer.append(ascii, p, end);
                p = end - 1;
            } else {
                buffer.appendCodePoint(c);
            }
        }
        return CONTINUE;
    }

    private int port(int c, boolean special) {
        if (isDigit(c)) {
            buffer.append((char) c);
        } else if (c == EOF || c == '/' || c == '?' || c == '#' || (special && c == '\\') || override != null) {
            if (!buffer.isEmpty()) {
                int i = 0;
                while (i < buffer.length() - 1 && buffer.charAt(i) == '0') i++;
                String digits = buffer.substring(i);
                if (digits.length() > 5 || Integer.parseInt(digits) > 65535) return FAIL;
                int port = Integer.parseInt(digits);
                url.port = port == UrlRecord.defaultPort(url.scheme) ? -1 : port;
                buffer.setLength(0);
            } else if (override != null) {
                return FAIL;
            }
            if (override != null) return RETURN;
            state = State.PATH_START;
            p--;
        } else {
            return FAIL;
        }
        return CONTINUE;
    }

    private int file(int c) {
        url.scheme = "file";
        url.host = "";
        if (c == '/' || c == '\\') {
            state = State.FILE_SLASH;
        } else if (base != null && base.scheme.equals("file")) {
            url.host = base.host;
            url.path = new java.util.ArrayList<>(base.path);
            url.query = base.query;
            if (c == '?') {
                url.query = "";
                state = State.QUERY;
            } else if (c == '#') {
                url.fragment = "";
                state = State.FRAGMENT;
            } else if (c != EOF) {
                url.query = null;
                if (!startsWithWindowsDriveLetter(p)) shortenPath();
                else url.path.clear();
                state = State.PATH;
                p--;
            }
        } else {
            state = State.PATH;
            p--;
        }
        return CONTINUE;
    }

    private int fileHost(int c) {
        if (c == EOF || c == '/' || c == '\\' || c == '?' || c == '#') {
            p--;
            if (override == null && isWindowsDriveLetter(buffer, false)) {
                state = State.PATH;
            } else if (buffer.isEmpty()) {
                url.host = "";
                if (override != null) return RETURN;
                state = State.PATH_START;
            } else {
                String host;
                try {
                    host = HostParser.parse(buffer.toString(), false);
                } catch (HostParser.Failure f) {
                    return FAIL;
                }
                url.host = host.equals("localhost") ? "" : host;
                if (override != null) return RETURN;
                buffer.setLength(0);
                state = State.PATH_START;
            }
        } else {
            buffer.appendCodePoint(c);
        }
        return CONTINUE;
    }

    private int path(int c, boolean special) {
        boolean slash = c == '/' || (special && c == '\\');
        if (c == EOF || slash || (override == null && (c == '?' || c == '#'))) {
            String b = buffer.toString();
            if (doubleDot(b)) {
                shortenPath();
                if (!slash) url.path.add("");
            } else if (singleDot(b) && !slash) {
                url.path.add("");
            } else if (!singleDot(b)) {
                if (url.scheme.equals("file") && url.path.isEmpty() && isWindowsDriveLetter(b, false)) {
                    b = b.charAt(0) + ":";
                }
                url.path.add(b);
            }
            buffer.setLength(0);
            if (c == '?') {
                url.query = "";
                state = State.QUERY;
            } else if (c == '#') {
                url.fragment = "";
                state = State.FRAGMENT;
            }
        } else if (ascii != null) {
            int end = runEnd(p + 1, "/?#\\");
            PercentEncode.append(buffer, ascii, p, end, Set.PATH);
            p = end - 1;
        } else {
            PercentEncode.append(buffer, PercentEncode.lone(c), Set.PATH);
        }
        return CONTINUE;
    }
}
