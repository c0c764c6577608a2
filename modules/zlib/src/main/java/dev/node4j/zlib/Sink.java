package dev.node4j.zlib;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/** Output of one write, with the running total checked against maxOutputLength. */
final class Sink extends ByteArrayOutputStream {
    private final long max;
    private long total;

    Sink(long alreadyOut, long max) {
        super(256);
        this.total = alreadyOut;
        this.max = max;
    }

    void put(byte[] b, int off, int len) throws ZError {
        total += len;
        if (total > max) throw new ZError(ZError.TOO_LARGE, "too large");
        write(b, off, len);
    }

    /** The bytes written, without a copy. */
    ByteBuffer bytes() {
        return ByteBuffer.wrap(buf, 0, count);
    }

    long total() {
        return total;
    }
}
