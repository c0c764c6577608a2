package dev.node4j.fs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BiConsumer;

import org.graalvm.polyglot.Value;

import dev.node4j.core.EventLoop;
import dev.node4j.core.ReusedBytes;

/**
 * Writes a range of a JS ArrayBuffer to a file (fs.write, fs.writeFile and their sync forms), a
 * chunk of at most {@link #CHUNK} bytes at a time. Java cannot view a GraalJS ArrayBuffer, so
 * the bytes are copied on the loop thread (the only one that may touch the buffer), one chunk per
 * write, never the whole range: a 64 MiB writeFile used to allocate 64 MiB per call (young
 * collections every few calls) and have the JDK copy it again into a 64 MiB native buffer cached
 * per pool thread.
 */
final class BufferWrites {
    static final int CHUNK = 1 << 20;

    private final FileOps files;
    private final FdTable fds;
    private final EventLoop loop;
    private final ReusedBytes syncChunk = new ReusedBytes(0, CHUNK);   // loop thread only

    BufferWrites(FileOps files, FdTable fds, EventLoop loop) {
        this.files = files;
        this.fds = fds;
        this.loop = loop;
    }

    /** Writes all of ab[offset, offset+length) to fd at position (negative: the current one). */
    int writeSync(int fd, Value ab, int offset, int length, long position) throws IOException {
        byte[] chunk = syncChunk.atLeast(Math.min(CHUNK, length));
        for (int done = 0; done < length; ) {
            int n = Math.min(chunk.length, length - done);
            ab.readBuffer(offset + done, chunk, 0, n);
            files.write(fd, chunk, 0, n, position < 0 ? -1 : position + done);
            done += n;
        }
        return length;
    }

    /** writeFileSync: open, every chunk, close (closed on failure too). */
    void writeFileSync(Path p, String user, int flags, int mode, Value ab, int offset, int length) throws IOException {
        files.writeFile(p, user, flags, mode, fd -> writeSync(fd, ab, offset, length, -1));
    }

    /** fs.write with a callback: {@code done} gets the byte count or the failure, on the loop thread. */
    void writeAsync(int fd, Value ab, int offset, int length, long position, BiConsumer<Object, Throwable> done) {
        new Chunks(null, fd, ab, offset, length, position, done).start();
    }

    /**
     * writeFile with a callback: the file is opened with the first chunk's write and closed with
     * the last one's (one pool task for a file of one chunk). {@code done} gets null or the first
     * failure (the file is closed either way) on the loop thread.
     */
    void writeFileAsync(Path p, String user, int flags, int mode, Value ab, int offset, int length,
            BiConsumer<Object, Throwable> done) {
        FileOpener opener = () -> files.open(p, user, flags, mode);
        new Chunks(opener, -1, ab, offset, length, -1, done).start();
    }

    @FunctionalInterface
    private interface FileOpener {
        int open() throws IOException;
    }

    /**
     * One asynchronous write's chunks: each is copied on the loop, then written on the pool. With
     * an opener (writeFile) the file is opened by the first pool task and closed by the last.
     */
    private final class Chunks {
        private final FileOpener opener;
        private int fd;   // set by the first pool task when opened; read by later tasks (the loop hands over)
        private final Value ab;
        private final int offset;
        private final int length;
        private final long position;
        private final BiConsumer<Object, Throwable> done;
        private final byte[] chunk;

        Chunks(FileOpener opener, int fd, Value ab, int offset, int length, long position,
                BiConsumer<Object, Throwable> done) {
            this.opener = opener;
            this.fd = fd;
            this.ab = ab;
            this.offset = offset;
            this.length = length;
            this.position = position;
            this.done = done;
            this.chunk = new byte[Math.min(CHUNK, length)];
        }

        /** The first chunk is copied now: a bad buffer throws to the caller, as for a sync call. */
        void start() {
            int n = chunk.length;
            if (n > 0) ab.readBuffer(offset, chunk, 0, n);
            submit(0, n);
        }

        /** Copies the chunk at {@code from} (loop thread) and writes it. */
        private void next(int from) {
            int n = Math.min(CHUNK, length - from);
            try {
                ab.readBuffer(offset + from, chunk, 0, n);
            } catch (RuntimeException e) {   // the buffer changed under us (detached): close, report
                fail(e);
                return;
            }
            submit(from, n);
        }

        /** Writes chunk[0, n) as the range's bytes from {@code from} on the pool. */
        private void submit(int from, int n) {
            boolean last = from + n >= length;
            loop.submit("FSReqCallback", () -> {
                if (opener != null && from == 0) fd = opener.open();
                try {
                    files.write(fd, chunk, 0, n, position < 0 ? -1 : position + from);
                } catch (IOException | RuntimeException e) {
                    if (opener != null) closeAfter(e);
                    throw e;
                }
                if (last && opener != null) fds.close(fd);
                return null;
            }, (x, err) -> {
                if (err != null) done.accept(null, err);
                else if (last) done.accept(opener != null ? null : length, null);
                else next(from + n);
            });
        }

        /** Closes the file a failed write leaves open; a failure to close is kept with the first. */
        private void closeAfter(Exception failure) {
            try {
                fds.close(fd);
            } catch (IOException | RuntimeException e) {
                failure.addSuppressed(e);
            }
        }

        /** Reports a failure on the loop, after closing the file writeFile opened. */
        private void fail(RuntimeException failure) {
            loop.submit("FSReqCallback", () -> {
                if (opener != null) closeAfter(failure);
                return null;
            }, (x, y) -> done.accept(null, failure));
        }
    }
}
