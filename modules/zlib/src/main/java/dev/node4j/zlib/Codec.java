package dev.node4j.zlib;

/** One (de)compression engine behind a zlib handle. Not thread-safe: ZHandle serializes calls. */
abstract class Codec {
    static final int Z_NO_FLUSH = 0, Z_PARTIAL_FLUSH = 1, Z_SYNC_FLUSH = 2, Z_FULL_FLUSH = 3, Z_FINISH = 4,
            Z_BLOCK = 5;
    /** Brotli's operations, numbered as in zlib.constants. */
    static final int BROTLI_PROCESS = 0, BROTLI_FLUSH = 1, BROTLI_FINISH = 2;

    final byte[] buf = new byte[16384];

    /** Consumes len bytes of in and appends what comes out to out. */
    abstract void write(int flush, byte[] in, int off, int len, Sink out) throws ZError;

    abstract void reset();

    /** New level and strategy; what the switch writes out goes to out. */
    void params(int level, int strategy, Sink out) throws ZError {
    }

    abstract void close();
}
