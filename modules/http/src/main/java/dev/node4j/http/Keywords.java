package dev.node4j.http;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A small set of keywords matched a byte at a time the way llparse's tries match: bytes are
 * consumed while some keyword still fits; a complete keyword wins as soon as no longer one can
 * follow, or at the first byte that fits none. Which keywords are still alive is a bit mask.
 */
final class Keywords {
    private final byte[][] words;
    final String[] names;
    /** The keywords (as a mask) that begin with each byte: most bytes fit none. */
    private final long[] byFirst = new long[256];

    Keywords(String... names) {
        if (names.length > 63) throw new IllegalArgumentException("at most 63 keywords");
        this.names = names;
        this.words = new byte[names.length][];
        for (int i = 0; i < names.length; i++) {
            words[i] = names[i].getBytes(StandardCharsets.ISO_8859_1);
            byFirst[words[i][0] & 0xff] |= 1L << i;
        }
    }

    long all() {
        return (1L << names.length) - 1;
    }

    /** The keywords of alive whose byte at index is c (0 when none: the byte is not consumed). */
    long step(long alive, int index, int c) {
        if (index == 0) return alive & byFirst[c];
        long next = 0;
        for (long m = alive; m != 0; m &= m - 1) {
            int k = Long.numberOfTrailingZeros(m);
            byte[] w = words[k];
            if (w.length > index && (w[index] & 0xff) == c) next |= 1L << k;
        }
        return next;
    }

    /**
     * The keyword that data holds whole from p, followed by the byte terminator (which no keyword
     * contains), or -1: what matching byte by byte would find, in one go.
     */
    int whole(byte[] data, int p, int end, int terminator) {
        for (long m = byFirst[data[p] & 0xff]; m != 0; m &= m - 1) {
            int k = Long.numberOfTrailingZeros(m);
            byte[] w = words[k];
            int after = p + w.length;
            if (after < end && data[after] == terminator && Arrays.equals(data, p, after, w, 0, w.length)) return k;
        }
        return -1;
    }

    /** The keyword of alive that is exactly length bytes long, or -1. */
    int exact(long alive, int length) {
        for (long m = alive; m != 0; m &= m - 1) {
            int k = Long.numberOfTrailingZeros(m);
            if (words[k].length == length) return k;
        }
        return -1;
    }

    /** Whether a keyword of alive is longer than length bytes. */
    boolean longer(long alive, int length) {
        for (long m = alive; m != 0; m &= m - 1) {
            if (words[Long.numberOfTrailingZeros(m)].length > length) return true;
        }
        return false;
    }
}
