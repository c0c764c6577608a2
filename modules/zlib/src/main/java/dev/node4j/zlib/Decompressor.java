package dev.node4j.zlib;

import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Inflate (zlib wrapper, by the JDK), raw inflate, gunzip (header and trailer parsed here, any
 * number of members; bytes after a member that start with 0x00 are ignored, as zlib in Node does)
 * and unzip (gzip or zlib, told apart by the first two bytes).
 */
final class Decompressor extends Codec {
    static final int INFLATE = 2, GUNZIP = 4, INFLATERAW = 6, UNZIP = 7;
    private static final int DETECT = 0, HEAD = 1, BODY = 2, TRAIL = 3, MEMBER_END = 4, END = 5;
    private static final byte[] EMPTY = new byte[0];

    private final int initialMode;
    private final byte[] dict;
    private final CRC32 crc = new CRC32();
    private int mode, state;
    private Inflater inf;
    private byte[] pend = EMPTY;
    private long size;
    private boolean rejectJunk;

    Decompressor(int mode, byte[] dict) {
        this.initialMode = mode;
        this.dict = dict;
        reset();
    }

    @Override
    void reset() {
        if (inf != null) inf.end();
        inf = null;
        mode = initialMode;
        pend = EMPTY;
        size = 0;
        crc.reset();
        state = mode == UNZIP ? DETECT : mode == GUNZIP ? HEAD : BODY;
        if (mode != UNZIP) start();
    }

    /** Web DecompressionStream: bytes after the end of the stream are an error. */
    void rejectTrailingJunk() {
        rejectJunk = true;
    }

    private void start() {
        inf = new Inflater(mode != INFLATE);
        if (mode == INFLATERAW && dict != null) inf.setDictionary(dict);
    }

    @Override
    void write(int flush, byte[] in, int off, int len, Sink out) throws ZError {
        byte[] b = in;
        int p = off, e = off + len;
        if (pend.length > 0) {
            b = Arrays.copyOf(pend, pend.length + len);
            System.arraycopy(in, off, b, pend.length, len);
            p = 0;
            e = b.length;
            pend = EMPTY;
        }
        loop:
        while (true) {
            switch (state) {
                case DETECT -> {
                    if (p == e) break loop;
                    if ((b[p] & 0xff) == 0x1f && e - p < 2) {
                        pend = Arrays.copyOfRange(b, p, e);
                        break loop;
                    }
                    boolean gz = (b[p] & 0xff) == 0x1f && (b[p + 1] & 0xff) == 0x8b;
                    mode = gz ? GUNZIP : INFLATE;
                    state = gz ? HEAD : BODY;
                    start();
                }
                case HEAD -> {
                    int h = GzipHeader.length(b, p, e);
                    if (h < 0) {
                        pend = Arrays.copyOfRange(b, p, e);
                        break loop;
                    }
                    p += h;
                    inf.reset();
                    crc.reset();
                    size = 0;
                    state = BODY;
                }
                case BODY -> {
                    inf.setInput(b, p, e - p);
                    inflate(out);
                    p = e - inf.getRemaining();
                    if (!inf.finished()) break loop;
                    state = mode == GUNZIP ? TRAIL : END;
                }
                case TRAIL -> {
                    if (e - p < 8) {
                        pend = Arrays.copyOfRange(b, p, e);
                        break loop;
                    }
                    if (le32(b, p) != crc.getValue()) throw ZError.data("incorrect data check");
                    if (le32(b, p + 4) != (size & 0xffffffffL)) throw ZError.data("incorrect length check");
                    p += 8;
                    state = MEMBER_END;
                }
                case MEMBER_END -> {
                    if (p == e) break loop;
                    // web streams read one member only; zlib skips zero padding after a member
                    state = rejectJunk || b[p] == 0 ? END : HEAD;
                }
                default -> {
                    if (rejectJunk && p < e) {
                        throw new ZError(ZError.Z_DATA_ERROR, "Trailing junk found after the end of the compressed stream",
                                "ERR_TRAILING_JUNK_AFTER_STREAM_END");
                    }
                    break loop; // END: whatever follows the stream is ignored
                }
            }
        }
        if (flush == Z_FINISH && state != END && state != MEMBER_END) throw ZError.unexpectedEnd();
    }

    private void inflate(Sink out) throws ZError {
        while (true) {
            int n;
            try {
                n = inf.inflate(buf);
            } catch (DataFormatException ex) {
                throw ZError.data(ex.getMessage());
            }
            if (n > 0) {
                out.put(buf, 0, n);
                if (mode == GUNZIP) crc.update(buf, 0, n);
                size += n;
                continue;
            }
            if (inf.finished()) return;
            if (inf.needsDictionary()) { // checked first: all input may be used up by then
                if (dict == null) throw new ZError(ZError.Z_NEED_DICT, "Missing dictionary");
                try {
                    inf.setDictionary(dict);
                } catch (IllegalArgumentException ex) {
                    throw new ZError(ZError.Z_NEED_DICT, "Bad dictionary");
                }
                continue;
            }
            return; // needs input
        }
    }

    private static long le32(byte[] b, int p) {
        return (b[p] & 0xffL) | (b[p + 1] & 0xffL) << 8 | (b[p + 2] & 0xffL) << 16 | (b[p + 3] & 0xffL) << 24;
    }

    @Override
    void close() {
        if (inf != null) inf.end();
    }
}
