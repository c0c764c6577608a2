package dev.node4j.core;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A buffered stdout/stderr of one runtime. Flushed when the loop is about to block, at exit,
 * when the other stream is written (so their relative order holds on a shared terminal), and
 * after every write when it is interactive.
 */
final class Output {
    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private int len;
    private final boolean autoFlush;
    Output sibling;

    Output(OutputStream out, boolean autoFlush) {
        this.out = out;
        this.autoFlush = autoFlush;
    }

    void write(String s) {
        write(s.getBytes(StandardCharsets.UTF_8));
    }

    synchronized void write(byte[] b) {
        write(b, 0, b.length);
    }

    synchronized void write(byte[] b, int off, int n) {
        if (sibling != null) sibling.flush();
        try {
            if (n > buf.length - len) {
                flushBuffer();
                if (n >= buf.length) {
                    out.write(b, off, n);
                    if (autoFlush) out.flush();
                    return;
                }
            }
            System.arraycopy(b, off, buf, len, n);
            len += n;
            if (autoFlush) flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void flush() {
        try {
            flushBuffer();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void flushBuffer() throws IOException {
        if (len > 0) {
            out.write(buf, 0, len);
            len = 0;
        }
    }
}
