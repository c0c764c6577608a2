package dev.node4j.url;

import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The URL Standard's host parser: IPv6, IPv4 (with hex/octal parts), opaque hosts and domains. */
final class HostParser {
    private HostParser() {}

    /** Thrown (cheaply) when a host is not valid. */
    static final class Failure extends Exception {
        Failure() {
            super(null, null, false, false);
        }
    }

    static boolean forbiddenHost(int c) {
        return switch (c) {
            case 0, '\t', '\n', '\r', ' ', '#', '/', ':', '<', '>', '?', '@', '[', '\\', ']', '^', '|' -> true;
            default -> false;
        };
    }

    static boolean forbiddenDomain(int c) {
        return forbiddenHost(c) || c <= 0x1F || c == '%' || c == 0x7F;
    }

    /** Parses {@code input}; returns the serialized host. */
    static String parse(String input, boolean isOpaque) throws Failure {
        if (input.startsWith("[")) {
            if (!input.endsWith("]")) throw new Failure();
            return "[" + serializeIpv6(parseIpv6(input.substring(1, input.length() - 1))) + "]";
        }
        if (isOpaque) {
            for (int i = 0; i < input.length(); i++) {
                if (forbiddenHost(input.charAt(i))) throw new Failure();
            }
            return PercentEncode.encode(input, PercentEncode.Set.C0);
        }
        String domain = PercentEncode.decode(input);
        String ascii = domainToAscii(domain);
        if (endsInNumber(ascii)) return serializeIpv4(parseIpv4(ascii));
        return ascii;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) return false;
        }
        return true;
    }

    /** UTS #46 ToASCII as far as java.net.IDN (IDNA 2003) can do it, then the forbidden checks. */
    static String domainToAscii(String domain) throws Failure {
        String result;
        if (isAscii(domain)) {
            result = domain.toLowerCase(Locale.ROOT);
        } else {
            StringBuilder out = new StringBuilder();
            int start = 0;
            for (int i = 0; i <= domain.length(); i++) {
                char c = i < domain.length() ? domain.charAt(i) : '.';
                if (c == '.' || c == '\u3002' || c == '\uFF0E' || c == '\uFF61') {
                    String label = domain.substring(start, i);
                    if (out.length() > 0 || start > 0) out.append('.');
                    out.append(labelToAscii(label));
                    start = i + 1;
                }
            }
            result = out.toString();
        }
        if (result.isEmpty()) throw new Failure();
        for (int start = 0; start <= result.length(); ) {
            int dot = result.indexOf('.', start);
            int end = dot < 0 ? result.length() : dot;
            if (result.regionMatches(true, start, "xn--", 0, 4)) {
                checkPunycode(result.substring(start, end));
            }
            start = end + 1;
        }
        for (int i = 0; i < result.length(); i++) {
            if (forbiddenDomain(result.charAt(i))) throw new Failure();
        }
        return result;
    }

    private static String labelToAscii(String label) throws Failure {
        if (isAscii(label)) return label.toLowerCase(Locale.ROOT);
        try {
            // Soft hyphen and zero-width joiners are mapped away by UTS 46 as by nameprep.
            return IDN.toASCII(label, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new Failure();
        }
    }

    /** A label spelled "xn--..." must decode as Punycode to something that is not plain ASCII. */
    private static void checkPunycode(String label) throws Failure {
        String decoded;
        try {
            decoded = IDN.toUnicode(label, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            throw new Failure();
        }
        if (decoded.equalsIgnoreCase(label) || isAscii(decoded)) throw new Failure();
    }

    static String domainToUnicode(String ascii) {
        StringBuilder out = new StringBuilder();
        String[] labels = ascii.split("\\.", -1);
        for (int i = 0; i < labels.length; i++) {
            if (i > 0) out.append('.');
            String l = labels[i];
            if (l.regionMatches(true, 0, "xn--", 0, 4)) {
                try {
                    l = IDN.toUnicode(l, IDN.ALLOW_UNASSIGNED);
                } catch (IllegalArgumentException e) {
                    // keep the label as it is
                }
            }
            out.append(l);
        }
        return out.toString();
    }

    // ---- IPv4 ---------------------------------------------------------------------------

    static boolean endsInNumber(String s) {
        int end = s.length();
        if (end > 0 && s.charAt(end - 1) == '.') end--;   // one trailing dot is ignored
        String last = s.substring(s.lastIndexOf('.', end - 1) + 1, end);
        if (last.isEmpty()) return parseIpv4Number(last) >= 0;
        boolean digits = true;
        for (int i = 0; i < last.length() && digits; i++) digits = isDigit(last.charAt(i));
        return digits || parseIpv4Number(last) >= 0;
    }

    /** The number, or -1 on failure; values beyond 2^32 are capped at 2^32 (still too big). */
    static long parseIpv4Number(String s) {
        if (s.isEmpty()) return -1;
        int radix = 10;
        if (s.length() >= 2 && (s.startsWith("0x") || s.startsWith("0X"))) {
            radix = 16;
            s = s.substring(2);
        } else if (s.length() >= 2 && s.charAt(0) == '0') {
            radix = 8;
            s = s.substring(1);
        }
        if (s.isEmpty()) return 0;
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = Character.digit(s.charAt(i), radix);
            if (d < 0 || s.charAt(i) > 0x7F) return -1;
            v = Math.min(v * radix + d, 1L << 32);
        }
        return v;
    }

    static long parseIpv4(String s) throws Failure {
        List<String> parts = new ArrayList<>(List.of(s.split("\\.", -1)));
        if (parts.get(parts.size() - 1).isEmpty() && parts.size() > 1) parts.remove(parts.size() - 1);
        if (parts.size() > 4) throw new Failure();
        long[] numbers = new long[parts.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = parseIpv4Number(parts.get(i));
            if (numbers[i] < 0) throw new Failure();
        }
        for (int i = 0; i < numbers.length - 1; i++) {
            if (numbers[i] > 255) throw new Failure();
        }
        long last = numbers[numbers.length - 1];
        if (last >= 1L << (8 * (5 - numbers.length))) throw new Failure();
        long ipv4 = last;
        for (int i = 0; i < numbers.length - 1; i++) ipv4 += numbers[i] << (8 * (3 - i));
        return ipv4;
    }

    static String serializeIpv4(long a) {
        return ((a >> 24) & 255) + "." + ((a >> 16) & 255) + "." + ((a >> 8) & 255) + "." + (a & 255);
    }

    // ---- IPv6 ---------------------------------------------------------------------------

    static int[] parseIpv6(String input) throws Failure {
        int[] address = new int[8];
        int pieceIndex = 0;
        int compress = -1;
        int p = 0;
        int n = input.length();
        if (p < n && input.charAt(p) == ':') {
            if (p + 1 >= n || input.charAt(p + 1) != ':') throw new Failure();
            p += 2;
            compress = ++pieceIndex;
        }
        while (p < n) {
            if (pieceIndex == 8) throw new Failure();
            if (input.charAt(p) == ':') {
                if (compress != -1) throw new Failure();
                p++;
                compress = ++pieceIndex;
                continue;
            }
            int value = 0;
            int length = 0;
            while (length < 4 && p < n && PercentEncode.hexValue(input.charAt(p)) >= 0) {
                value = value * 16 + PercentEncode.hexValue(input.charAt(p));
                p++;
                length++;
            }
            if (p < n && input.charAt(p) == '.') {
                if (length == 0) throw new Failure();
                p -= length;
                if (pieceIndex > 6) throw new Failure();
                int numbersSeen = 0;
                while (p < n) {
                    int ipv4Piece = -1;
                    if (numbersSeen > 0) {
                        if (input.charAt(p) == '.' && numbersSeen < 4) p++;
                        else throw new Failure();
                    }
                    if (p >= n || !isDigit(input.charAt(p))) throw new Failure();
                    while (p < n && isDigit(input.charAt(p))) {
                        int number = input.charAt(p) - '0';
                        if (ipv4Piece == -1) ipv4Piece = number;
                        else if (ipv4Piece == 0) throw new Failure();
                        else ipv4Piece = ipv4Piece * 10 + number;
                        if (ipv4Piece > 255) throw new Failure();
                        p++;
                    }
                    address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
                    numbersSeen++;
                    if (numbersSeen == 2 || numbersSeen == 4) pieceIndex++;
                }
                if (numbersSeen != 4) throw new Failure();
                break;
            } else if (p < n && input.charAt(p) == ':') {
                p++;
                if (p >= n) throw new Failure();
            } else if (p < n) {
                throw new Failure();
            }
            address[pieceIndex++] = value;
        }
        if (compress != -1) {
            int swaps = pieceIndex - compress;
            pieceIndex = 7;
            while (pieceIndex != 0 && swaps > 0) {
                int t = address[pieceIndex];
                address[pieceIndex] = address[compress + swaps - 1];
                address[compress + swaps - 1] = t;
                pieceIndex--;
                swaps--;
            }
        } else if (pieceIndex != 8) {
            throw new Failure();
        }
        return address;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static String serializeIpv6(int[] a) {
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (a[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && a[j] == 0) j++;
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder out = new StringBuilder();
        boolean ignore0 = false;
        for (int i = 0; i < 8; i++) {
            if (ignore0 && a[i] == 0) continue;
            ignore0 = false;
            if (i == bestStart) {
                out.append(i == 0 ? "::" : ":");
                ignore0 = true;
                continue;
            }
            out.append(Integer.toHexString(a[i]));
            if (i != 7) out.append(':');
        }
        return out.toString();
    }
}
