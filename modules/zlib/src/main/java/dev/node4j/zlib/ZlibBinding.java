package dev.node4j.zlib;

import java.util.zip.CRC32;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import dev.node4j.core.NodeEnv;

/** The Java side of {@code zlib}: creates handles (modes numbered as zlib.constants) and CRC32. */
public final class ZlibBinding {
    static final int BROTLI_DECODE = 8, BROTLI_ENCODE = 9, ZSTD_COMPRESS = 10, ZSTD_DECOMPRESS = 11;
    private static final int[] TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            TABLE[n] = c;
        }
    }

    private final NodeEnv env;

    ZlibBinding(NodeEnv env) {
        this.env = env;
    }

    /**
     * A handle for mode (DEFLATE=1 ... UNZIP=7, BROTLI_DECODE=8); dictAb may be null. Null for a
     * mode this build cannot do (Brotli compression: JS raises the error).
     */
    @HostAccess.Export
    public ZHandle create(int mode, int level, int strategy, Value dictAb, int dOff, int dLen, double maxOutput) {
        byte[] dict = dictAb == null || dictAb.isNull() ? null : ZHandle.read(dictAb, dOff, dLen);
        Codec c = switch (mode) {
            case Compressor.DEFLATE, Compressor.GZIP, Compressor.DEFLATERAW -> new Compressor(mode, level, strategy, dict);
            case Decompressor.INFLATE, Decompressor.GUNZIP, Decompressor.INFLATERAW, Decompressor.UNZIP ->
                    new Decompressor(mode, dict);
            case BROTLI_DECODE -> new BrotliDecoder(dict);
            case ZSTD_COMPRESS, ZSTD_DECOMPRESS -> new ZstdCodec(mode == ZSTD_COMPRESS);
            default -> null;
        };
        if (c == null) return null;
        long max = maxOutput >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) maxOutput;
        return new ZHandle(env, c, max);
    }

    /** CRC-32 of the bytes continuing from value (0 to start), as zlib's crc32(). */
    @HostAccess.Export
    public double crc32(Value ab, int off, int len, double value) {
        byte[] b = ZHandle.read(ab, off, len);
        return update((long) value, b);
    }

    static long update(long value, byte[] b) {
        if (value == 0) {
            CRC32 c = new CRC32();
            c.update(b);
            return c.getValue();
        }
        int c = ~(int) value;
        for (byte x : b) c = TABLE[(c ^ x) & 0xff] ^ (c >>> 8);
        return ~c & 0xffffffffL;
    }
}
