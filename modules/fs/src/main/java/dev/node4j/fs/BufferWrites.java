package dev.node4j.fs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BiConsumer;

import org.graalvm.polyglot.Value;

import dev.node4j.core.EventLoop;

/**
 * Writes a range of a JS ArrayBuffer to a file a chunk at a time, as Node's writeFile does. The
 * bytes are read on the loop thread (the only one that may touch the buffer) into one chunk-sized
 * array per write, never into a copy of the whole range: a 64 MiB writeFile used to allocate
 * 64 MiB per call (young collections every few calls) and have the JDK copy it again into a
 * 64 MiB native buffer cached per pool thread.
 */
final class BufferWrites {
    static final int CHUNK = 1 << 20;

    private final FileOps files;
    private final FdTable fds;
    private final EventLoop loop;
    private byte[] syncChunk;   // loop thread only; made on the first large write (not at start-up)

    BufferWrites(FileOps files, FdTable fds, EventLoop loop) {
        this.files = files;
        this.fds = fds;
        this.loop = loop;
    }

    /** Writes all of ab[offset, offset+length) to fd at position (negative: the current one). */
    int writeSync(int fd, Value ab, int offset, int length, long position) throws IOException {
        if (syncChunk == null) syncChunk = new byte[CHUNK];
        for (int done = 0; done < length; ) {
            int n = Math.min(CHUNK, length - done);
            ab.readBuffer(offset + done, syncChunk, 0, n);
            files.write(fd, syncChunk, 0, n, position < 0 ? -1 : position + done);
            done += n;
        }
        return length;
    }

    /** writeFileSync: open, every chunk, close (closed on failure too). */
    void writeFileSync(Path p, String user, int flags, int mode, Value ab, int offset, int length) throws IOException {
        int fd = files.open(p, user, flags, mode);
        try {
            writeSync(fd, ab, offset, length, -1);
        } finally {
            fds.close(fd);
        }
    }

    /**
     * writeFile with a callback: open on the pool, then per chunk a copy on the loop and a write
     * on the pool, then close. {@code done} gets null or the first failure (the file is closed
     * either way) on the loop thread.
     */
    void writeFileAsync(Path p, String user, int flags, int mode, Value ab, int offset, int length,
            BiConsumer<Object, Throwable> done) {
        loop.submit("FSReqCallback", () -> files.open(p, user, flags, mode), (fd, err) -> {
            if (err != null) done.accept(null, err);
            else new Chunks(fd, ab, offset, length, done).next(0);
        });
    }

    /** One asynchronous writeFile's remaining chunks. */
    private final class Chunks {
        private final int fd;
        private final Value ab;
        private final int offset;
        private final int length;
        private final BiConsumer<Object, Throwable> done;
        private final byte[] chunk;

        Chunks(int fd, Value ab, int offset, int length, BiConsumer<Object, Throwable> done) {
            this.fd = fd;
            this.ab = ab;
            this.offset = offset;
            this.length = length;
            this.done = done;
            this.chunk = new byte[Math.min(CHUNK, length)];
        }

        /** Copies the chunk at {@code from} (loop thread) and writes it on the pool; closes when all are written. */
        void next(int from) {
            if (from >= length) {
                close(null);
                return;
            }
            int n = Math.min(CHUNK, length - from);
            try {
                ab.readBuffer(offset + from, chunk, 0, n);
            } catch (RuntimeException e) {
                close(e);
                return;
            }
            loop.submit("FSReqCallback", () -> files.write(fd, chunk, 0, n, -1), (written, err) -> {
                if (err != null) close(err);
                else next(from + n);
            });
        }

        /** Closes the file, then reports {@code failure}, or the close's own failure. */
        private void close(Throwable failure) {
            loop.submit("FSReqCallback", () -> {
                fds.close(fd);
                return null;
            }, (x, closeErr) -> done.accept(null, failure != null ? failure : closeErr));
        }
    }
}
