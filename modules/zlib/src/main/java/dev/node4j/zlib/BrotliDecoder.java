package dev.node4j.zlib;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.brotli.dec.BrotliInputStream;

/**
 * Brotli decompression with org.brotli:dec (Google's pure-Java decoder). That decoder pulls from
 * an InputStream and cannot stop half-way for more input, so the compressed bytes are collected
 * and decoded when the input ends (BROTLI_OPERATION_FINISH); flushes before that yield nothing.
 */
final class BrotliDecoder extends Codec {
    private final ByteArrayOutputStream input = new ByteArrayOutputStream();
    private final byte[] dict;
    private boolean done;

    BrotliDecoder(byte[] dict) {
        this.dict = dict;
    }

    @Override
    void write(int flush, byte[] in, int off, int len, Sink out) throws ZError {
        if (done) return;
        input.write(in, off, len);
        if (flush != BROTLI_FINISH) return;
        done = true;
        byte[] all = input.toByteArray();
        if (all.length == 0) throw ZError.unexpectedEnd();
        decode(all, out);
    }

    private void decode(byte[] all, Sink out) throws ZError {
        try (BrotliInputStream s = new BrotliInputStream(new ByteArrayInputStream(all),
                BrotliInputStream.DEFAULT_INTERNAL_BUFFER_SIZE, dict)) {
            int n;
            while ((n = s.read(buf, 0, buf.length)) > 0) out.put(buf, 0, n);
        } catch (IOException | RuntimeException ex) {
            throw failure(ex);
        }
    }

    /**
     * Node's errors for the decoder's failures. The Java decoder reads zeros past the end of its
     * input and names fewer causes than the C one: "Read after end" is a truncated stream, a few
     * messages map to Node's codes, the rest are reported as a generic format error.
     */
    private static ZError failure(Exception ex) {
        Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
        String m = String.valueOf(cause.getMessage());
        if (m.contains("Read after end") || cause instanceof java.io.EOFException) return ZError.unexpectedEnd();
        if (m.contains("Exuberant nibble")) {
            return new ZError(-1, "Decompression failed", "ERR__ERROR_FORMAT_EXUBERANT_NIBBLE");
        }
        if (m.contains("Corrupted reserved bit")) {
            return new ZError(-2, "Decompression failed", "ERR__ERROR_FORMAT_RESERVED");
        }
        if (m.contains("Corrupted padding bits")) {
            return new ZError(-14, "Decompression failed", "ERR__ERROR_FORMAT_PADDING_1");
        }
        if (m.contains("Invalid backward reference")) {
            return new ZError(-16, "Decompression failed", "ERR__ERROR_FORMAT_DISTANCE");
        }
        return new ZError(-31, "Decompression failed", "ERR__ERROR_FORMAT");
    }

    @Override
    void reset() {
        input.reset();
        done = false;
    }

    @Override
    void close() {
        input.reset();
    }
}
