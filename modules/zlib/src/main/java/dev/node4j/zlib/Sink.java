package dev.node4j.zlib;

import java.io.ByteArrayOutputStream;

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

    long total() {
        return total;
    }
}
