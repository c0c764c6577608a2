package dev.node4j.core;

import org.graalvm.polyglot.Value;

/**
 * A byte array a binding keeps from call to call (buffer's encodings, fs's writes). Java cannot view a GraalJS ArrayBuffer in
 * place: {@link Value#readBuffer} copies its bytes into a byte[]. A fresh array per call cost an
 * allocation and its zeroing, a large share of a call on a small buffer, so calls copy into one
 * of these. Arrays up to {@code max} bytes are kept; a longer request gets a one-off array. Not
 * thread-safe: one binding serves one context's thread.
 */
public final class ReusedBytes {
    private final int max;
    private byte[] array;

    public ReusedBytes(int initial, int max) {
        this.array = new byte[initial];
        this.max = max;
    }

    /** An array of at least length bytes, contents unspecified, valid until this object's next call. */
    public byte[] atLeast(int length) {
        if (length <= array.length) return array;
        // Doubling (up to max) so that slowly growing lengths do not reallocate every call.
        byte[] a = new byte[Math.max(length, Math.min(max, array.length * 2))];
        if (length <= max) array = a;
        return a;
    }

    /** An array of exactly length bytes (for JDK calls that take a whole array), kept while lengths repeat. */
    public byte[] exactly(int length) {
        if (length == array.length) return array;
        byte[] a = new byte[length];
        if (length <= max) array = a;
        return a;
    }

    /** length bytes of arrayBuffer from offset, at the start of {@link #atLeast}(length). */
    public byte[] read(Value arrayBuffer, int offset, int length) {
        return fill(arrayBuffer, offset, length, atLeast(length));
    }

    /** length bytes of arrayBuffer from offset, in {@link #exactly}(length). */
    public byte[] readExactly(Value arrayBuffer, int offset, int length) {
        return fill(arrayBuffer, offset, length, exactly(length));
    }

    private static byte[] fill(Value arrayBuffer, int offset, int length, byte[] into) {
        if (length > 0) arrayBuffer.readBuffer(offset, into, 0, length);
        return into;
    }
}
