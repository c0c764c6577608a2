package dev.node4j.buffer;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Buffer#indexOf / lastIndexOf over byte arrays. A forward search jumps from one occurrence of
 * the needle's first byte to the next eight bytes at a time (a zero-byte test on the hay XOR that
 * byte, as memchr does without SIMD), then compares the rest with the JDK's vectorised mismatch.
 */
final class ByteSearch {
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    /** Needles at least this long are searched in linear time: repetitive data made naive search quadratic. */
    private static final int KMP_MIN = 16;

    private ByteSearch() {}

    /** First index in b[from..end) holding v, or -1. */
    static int indexOfByte(byte[] b, byte v, int from, int end) {
        long pattern = (v & 0xffL) * ONES;
        int i = from;
        for (; i <= end - 8; i += 8) {
            long x = (long) LONG.get(b, i) ^ pattern;
            // The lowest byte flagged is exactly the first zero byte of x (borrows only run upwards).
            long zero = (x - ONES) & ~x & HIGHS;
            if (zero != 0) return i + (Long.numberOfTrailingZeros(zero) >>> 3);
        }
        for (; i < end; i++) if (b[i] == v) return i;
        return -1;
    }

    /**
     * First (or, with last, final) index of needle[0..n) in hay[0..hayLen) starting the search at
     * from (forward) or at most from (backward); -1 if absent.
     */
    static int indexOf(byte[] hay, int hayLen, byte[] needle, int n, int from, boolean last) {
        if (n == 0) return -1;
        if (n >= KMP_MIN) return kmp(hay, hayLen, needle, n, from, last);
        if (last) return lastIndexOfShort(hay, hayLen, needle, n, from);
        byte first = needle[0];
        int end = hayLen - n + 1;   // one past the last possible start
        for (int i = Math.max(from, 0); i < end; i++) {
            i = indexOfByte(hay, first, i, end);
            if (i < 0) return -1;
            if (Arrays.equals(hay, i + 1, i + n, needle, 1, n)) return i;
        }
        return -1;
    }

    private static int lastIndexOfShort(byte[] hay, int hayLen, byte[] needle, int n, int from) {
        outer:
        for (int i = Math.min(from, hayLen - n); i >= 0; i--) {
            for (int k = 0; k < n; k++) if (hay[i + k] != needle[k]) continue outer;
            return i;
        }
        return -1;
    }

    /**
     * Knuth-Morris-Pratt over hay and needle read forwards, or both read backwards (last):
     * position j of the backward sequence is byte len - 1 - j.
     */
    private static int kmp(byte[] hay, int hayLen, byte[] needle, int n, int from, boolean last) {
        int[] fail = new int[n];
        for (int i = 1, k = 0; i < n; i++) {
            byte c = needle[last ? n - 1 - i : i];
            while (k > 0 && c != needle[last ? n - 1 - k : k]) k = fail[k - 1];
            if (c == needle[last ? n - 1 - k : k]) k++;
            fail[i] = k;
        }
        int begin;
        if (last) {
            int start = Math.min(from, hayLen - n);
            if (start < 0) return -1;
            begin = hayLen - start - n;   // where the window ending at start + n - 1 begins backwards
        } else {
            begin = Math.max(from, 0);
        }
        for (int j = begin, k = 0; j < hayLen; j++) {
            if (k == 0 && !last) {
                // Nothing matched yet: skip to the next first byte.
                j = indexOfByte(hay, needle[0], j, hayLen);
                if (j < 0) return -1;
            }
            byte c = hay[last ? hayLen - 1 - j : j];
            while (k > 0 && c != needle[last ? n - 1 - k : k]) k = fail[k - 1];
            if (c == needle[last ? n - 1 - k : k]) k++;
            if (k == n) {
                int p = j - n + 1;
                return last ? hayLen - p - n : p;
            }
        }
        return -1;
    }
}
