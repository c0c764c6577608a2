package dev.node4j.zlib;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import io.airlift.compress.zstd.ZstdCompressor;
import io.airlift.compress.zstd.ZstdInputStream;

/**
 * zstd with aircompressor (pure Java). Its compressor works on whole buffers at one fixed level:
 * input is collected and written as one frame at each flush and at the end (concatenated frames
 * decode to the concatenated data); compression levels and other parameters are not applied.
 * The decompressor reads the collected input when it ends. As with Node, a truncated stream
 * yields what could be decoded, without an error.
 */
final class ZstdCodec extends Codec {
    static final int ZSTD_E_FLUSH = 1, ZSTD_E_END = 2;

    private final boolean compress;
    private final ByteArrayOutputStream input = new ByteArrayOutputStream();
    private boolean framed, done, magicChecked;

    ZstdCodec(boolean compress) {
        this.compress = compress;
    }

    @Override
    void write(int flush, byte[] in, int off, int len, Sink out) throws ZError {
        if (done) return;
        input.write(in, off, len);
        if (compress) {
            boolean end = flush == ZSTD_E_END;
            if (end || (flush == ZSTD_E_FLUSH && input.size() > 0)) {
                if (input.size() > 0 || !framed) frame(out);
                done = end;
            }
            return;
        }
        if (flush != ZSTD_E_END) {
            checkMagic();
            return;
        }
        done = true;
        checkMagic();
        byte[] all = input.toByteArray();
        if (all.length == 0) return;
        try (ZstdInputStream s = new ZstdInputStream(new ByteArrayInputStream(all))) {
            int n;
            while ((n = s.read(buf, 0, buf.length)) > 0) out.put(buf, 0, n);
        } catch (IOException | RuntimeException ex) {
            String m = String.valueOf(ex.getMessage());
            if (m.contains("magic")) {
                throw new ZError(10, "Unknown frame descriptor", "ZSTD_error_prefix_unknown");
            }
            if (m.contains("Not enough input") || m.contains("truncated") || m.contains("EOF")) return;
            throw new ZError(20, "Data corruption detected", "ZSTD_error_corruption_detected");
        }
    }

    /** A stream must open with a frame's magic number (or a skippable frame's): fail early otherwise. */
    private void checkMagic() throws ZError {
        if (magicChecked || input.size() < 4) return;
        magicChecked = true;
        byte[] b = input.toByteArray();
        int magic = (b[0] & 0xff) | (b[1] & 0xff) << 8 | (b[2] & 0xff) << 16 | (b[3] & 0xff) << 24;
        if (magic != 0xFD2FB528 && (magic & 0xFFFFFFF0) != 0x184D2A50) {
            done = true;
            throw new ZError(10, "Unknown frame descriptor", "ZSTD_error_prefix_unknown");
        }
    }

    private void frame(Sink out) throws ZError {
        byte[] data = input.toByteArray();
        input.reset();
        ZstdCompressor c = new ZstdCompressor();
        byte[] dst = new byte[c.maxCompressedLength(data.length)];
        int n = c.compress(data, 0, data.length, dst, 0, dst.length);
        out.put(dst, 0, n);
        framed = true;
    }

    @Override
    void reset() {
        input.reset();
        framed = false;
        done = false;
        magicChecked = false;
    }

    @Override
    void close() {
        input.reset();
    }
}
