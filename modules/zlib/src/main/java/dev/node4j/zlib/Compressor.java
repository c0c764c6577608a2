package dev.node4j.zlib;

import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Deflate (zlib wrapper, done by the JDK), raw deflate and gzip (header, CRC32 and size trailer
 * written here around a raw JDK Deflater). The JDK always uses a 32 KiB window and memLevel 8:
 * smaller windowBits/memLevel values are accepted (as hints) and the stream says 32 KiB.
 */
final class Compressor extends Codec {
    static final int DEFLATE = 1, GZIP = 3, DEFLATERAW = 5;

    private final int mode;
    private final byte[] dict;
    private final Deflater def;
    private final CRC32 crc = new CRC32();
    private int level, strategy;
    private long size;
    private boolean headerDone, finished;

    Compressor(int mode, int level, int strategy, byte[] dict) {
        this.mode = mode;
        this.level = level;
        this.strategy = strategy;
        this.dict = dict;
        this.def = new Deflater(level, mode != DEFLATE);
        def.setStrategy(jdkStrategy(strategy));
        applyDictionary();
    }

    /** The JDK knows default, filtered and Huffman-only; RLE and fixed fall back to the default. */
    private static int jdkStrategy(int s) {
        return s == 1 ? Deflater.FILTERED : s == 2 ? Deflater.HUFFMAN_ONLY : Deflater.DEFAULT_STRATEGY;
    }

    private void applyDictionary() {
        if (dict != null && mode != GZIP) def.setDictionary(dict);
    }

    @Override
    void write(int flush, byte[] in, int off, int len, Sink out) throws ZError {
        if (finished) return;
        if (mode == GZIP && !headerDone) {
            out.put(gzipHeader(), 0, 10);
            headerDone = true;
        }
        if (len > 0) {
            def.setInput(in, off, len);
            if (mode == GZIP) {
                crc.update(in, off, len);
                size += len;
            }
        }
        if (flush == Z_FINISH) {
            def.finish();
            while (!def.finished()) {
                int n = def.deflate(buf);
                out.put(buf, 0, n);
            }
            if (mode == GZIP) out.put(gzipTrailer(), 0, 8);
            finished = true;
            return;
        }
        int jdkFlush = flush == Z_NO_FLUSH ? Deflater.NO_FLUSH
                : flush == Z_FULL_FLUSH ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH;
        while (true) {
            int n = def.deflate(buf, 0, buf.length, jdkFlush);
            out.put(buf, 0, n);
            if (n < buf.length && def.needsInput()) break;
        }
    }

    private byte[] gzipHeader() {
        // zlib's extra flags: 2 = best compression, 4 = fastest; OS 3 = Unix, as Node on Linux
        int xfl = level == 9 ? 2 : (strategy >= 2 || (level >= 0 && level < 2)) ? 4 : 0;
        return new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) xfl, 3};
    }

    private byte[] gzipTrailer() {
        long c = crc.getValue();
        byte[] t = new byte[8];
        for (int i = 0; i < 4; i++) {
            t[i] = (byte) (c >>> (8 * i));
            t[4 + i] = (byte) (size >>> (8 * i));
        }
        return t;
    }

    /**
     * The JDK applies new parameters inside its next deflate call, after that call's input is set,
     * so zlib would compress that input with the old ones: apply them now, with no input.
     */
    @Override
    void params(int level, int strategy, Sink out) throws ZError {
        this.level = level;
        this.strategy = strategy;
        def.setLevel(level);
        def.setStrategy(jdkStrategy(strategy));
        if (finished || !def.needsInput()) return;
        int n;
        do {
            n = def.deflate(buf, 0, buf.length, Deflater.NO_FLUSH);
            out.put(buf, 0, n);
        } while (n == buf.length);
    }

    @Override
    void reset() {
        def.reset();
        crc.reset();
        size = 0;
        headerDone = false;
        finished = false;
        applyDictionary();
    }

    @Override
    void close() {
        def.end();
    }
}
