package dev.node4j.bench;

import java.nio.charset.StandardCharsets;

/**
 * Inputs shared by the Java benchmarks, built the same way as bench/node/encodings.js builds
 * them so the Java and Node figures measure the same bytes.
 */
final class BenchData {
    /** Appended at the end of the haystack: indexOf scans the whole input. */
    static final String NEEDLE = "node4j-needle!";
    /** Mostly ASCII with 2-, 3- and 4-byte sequences, like real text. */
    private static final String TEXT_UNIT = "node4j buffer bench: Ünïcødé ✓ 𝄞 plain ASCII words follow here. ";

    private BenchData() {}

    /** Deterministic pseudo-random bytes (xorshift32, seed 0x9E3779B9), same as the JS side. */
    static byte[] randomBytes(int size) {
        byte[] out = new byte[size];
        int x = 0x9E3779B9;
        for (int i = 0; i < size; i++) {
            x ^= x << 13;
            x ^= x >>> 17;
            x ^= x << 5;
            out[i] = (byte) x;
        }
        return out;
    }

    /** Random bytes of exactly {@code size} whose last bytes are {@link #NEEDLE}. */
    static byte[] haystack(int size) {
        byte[] hay = randomBytes(size);
        byte[] n = NEEDLE.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(n, 0, hay, size - n.length, n.length);
        return hay;
    }

    /** Text whose UTF-8 form is about {@code size} bytes (whole units of TEXT_UNIT, at least one). */
    static String text(int size) {
        int unitBytes = TEXT_UNIT.getBytes(StandardCharsets.UTF_8).length;
        return TEXT_UNIT.repeat(Math.max(1, size / unitBytes));
    }
}
