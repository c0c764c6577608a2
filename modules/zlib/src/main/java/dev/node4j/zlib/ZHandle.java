package dev.node4j.zlib;

import java.nio.ByteBuffer;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import dev.node4j.core.NodeEnv;

/**
 * One zlib/Brotli handle as the JS facade sees it. Writes take {@code (arrayBuffer, offset,
 * length)} and give back the output as a heap ByteBuffer (JS copies it into a Buffer through an
 * ArrayBuffer view, one bulk copy). A failed write returns null and leaves errno/message/code for JS to build Node's error. Calls are serialized
 * (async writes run on the loop's pool while JS may call reset or close).
 */
public final class ZHandle {
    private final NodeEnv env;
    private final Codec codec;
    private final long maxOutput;
    private long totalOut;
    private boolean closed;
    private ZError error;

    ZHandle(NodeEnv env, Codec codec, long maxOutput) {
        this.env = env;
        this.codec = codec;
        this.maxOutput = maxOutput;
    }

    static byte[] read(Value ab, int off, int len) {
        byte[] b = new byte[len];
        if (len > 0) ab.readBuffer(off, b, 0, len);
        return b;
    }

    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

    /** One codec step that writes into a sink. */
    private interface Step {
        void run(Sink out) throws ZError;
    }

    /** Runs a step: its output, or null with the error kept for message()/errno()/code(). */
    private synchronized ByteBuffer produce(Step step) {
        if (closed) return EMPTY;
        Sink out = new Sink(totalOut, maxOutput);
        try {
            step.run(out);
        } catch (ZError e) {
            error = e;
            return null;
        }
        totalOut = out.total();
        return out.bytes();
    }

    private ByteBuffer run(int flush, byte[] in) {
        return produce(out -> codec.write(flush, in, 0, in.length, out));
    }

    /** Processes one chunk on the JS thread: the output, or null on failure. */
    @HostAccess.Export
    public ByteBuffer write(int flush, Value ab, int off, int len) {
        return run(flush, read(ab, off, len));
    }

    /** Processes one chunk on the pool; cb(output or null) runs on the JS thread. */
    @HostAccess.Export
    public void writeAsync(int flush, Value ab, int off, int len, Value cb) {
        byte[] in = read(ab, off, len);
        env.loop().submit(() -> run(flush, in), (res, err) -> {
            if (err != null) {
                error = new ZError(-2, String.valueOf(err));
                env.invoke(cb, (Object) null);
            } else {
                env.invoke(cb, res);
            }
        });
    }

    @HostAccess.Export
    public String message() {
        return error == null ? null : error.getMessage();
    }

    @HostAccess.Export
    public int errno() {
        return error == null ? 0 : error.errno;
    }

    /** Node's code for the last error when it is not zlib's name for its errno (else null). */
    @HostAccess.Export
    public String code() {
        return error == null ? null : error.code;
    }

    /** True when the last error was passing maxOutputLength. */
    @HostAccess.Export
    public boolean tooLarge() {
        return error != null && error.errno == ZError.TOO_LARGE;
    }

    @HostAccess.Export
    public synchronized void rejectTrailingJunk() {
        if (codec instanceof Decompressor d) d.rejectTrailingJunk();
    }

    /** Changes level and strategy: the output the change makes, or null on failure. */
    @HostAccess.Export
    public ByteBuffer params(int level, int strategy) {
        return produce(out -> codec.params(level, strategy, out));
    }

    @HostAccess.Export
    public synchronized void reset() {
        if (closed) return;
        codec.reset();
        totalOut = 0;
        error = null;
    }

    @HostAccess.Export
    public synchronized void close() {
        if (closed) return;
        closed = true;
        codec.close();
    }
}
