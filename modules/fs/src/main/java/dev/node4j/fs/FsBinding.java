package dev.node4j.fs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

import dev.node4j.core.NodeEnv;

/**
 * The Java side of fs. Every operation takes a trailing callback: null/undefined runs it now
 * and throws the Node error into JS (the *Sync face); a function runs it on the loop's pool
 * and calls back {@code cb(err)} or {@code cb(null, result)} on the loop thread.
 * Paths arrive as the user's strings (kept for error messages) and are resolved against the
 * runtime's cwd on the loop thread before any work is submitted.
 */
public final class FsBinding {
    /** Where "" leads: a path that cannot exist, so "" fails with ENOENT as in Node. */
    private static final Path EMPTY = Path.of("/nonexistent-node4j-empty-path/.");

    private final NodeEnv env;
    private final FdTable fds = new FdTable();
    private final FileOps files = new FileOps(fds);
    private final DirHandles dirs = new DirHandles();
    private final Watchers watchers = new Watchers();
    private final BufferWrites bufferWrites;
    private Value errorFactory;
    static final int SCRATCH_SIZE = 64 * 1024;
    private final ByteBuffer scratch = ByteBuffer.allocateDirect(SCRATCH_SIZE);

    FsBinding(NodeEnv env) {
        this.env = env;
        this.bufferWrites = new BufferWrites(files, fds, env.loop());
    }

    /** The facade's (code, syscall, path, dest) -> Error function, so errors come from one place in JS. */
    @HostAccess.Export
    public void setErrorFactory(Value factory) {
        this.errorFactory = factory;
    }

    private Path path(String user) {
        return user.isEmpty() ? EMPTY : env.resolvePath(user);
    }

    private Value error(Throwable t) {
        FsException fe = t instanceof FsException f ? f : FsErrors.wrap(t, "unknown", null, null);
        return errorFactory.execute(fe.code(), fe.syscall(), fe.path(), fe.dest());
    }

    private static boolean isSync(Value cb) {
        return cb == null || cb.isNull();
    }

    Object run(Value cb, Callable<Object> work) {
        if (isSync(cb)) {
            Object result;
            try {
                result = work.call();
            } catch (PolyglotException e) {
                throw e;   // thrown by a JS callback (glob's exclude): it goes back to JS as it was
            } catch (Exception e) {
                throw env.throwValue(error(e));
            }
            return result;
        }
        env.loop().submit("FSReqCallback", work, answer(cb));
        return null;
    }

    /** Calls back cb(err) or cb(null, result) on the loop thread. */
    private BiConsumer<Object, Throwable> answer(Value cb) {
        return (result, err) -> {
            if (err != null) {
                if (!(err instanceof Exception)) throw new IllegalStateException(err);   // a JVM error: never swallowed
                env.invoke(cb, error(err));
            } else {
                env.invoke(cb, null, result);
            }
        };
    }

    /** Completes {@code cb} with a result computed on the loop thread (stdio writes). */
    private Object done(Value cb, Callable<Object> work) {
        if (isSync(cb)) return run(cb, work);
        Object r;
        try {
            r = work.call();
        } catch (Exception e) {
            Value err = error(e);
            env.loop().submit("FSReqCallback", () -> null, (x, y) -> env.invoke(cb, err));
            return null;
        }
        env.loop().submit("FSReqCallback", () -> r, (x, y) -> env.invoke(cb, null, x));
        return null;
    }

    // ---- glob -------------------------------------------------------------------------------

    /** A glob walk (see {@link GlobHandle}); excludeFn is the facade's adapter or null. */
    @HostAccess.Export
    public GlobHandle glob(Value patterns, String root, Value exclude, Value excludeFn, boolean withFileTypes,
            boolean sync) {
        return new GlobHandle(this, env, strings(patterns), root, strings(exclude), excludeFn, withFileTypes, sync);
    }

    private static java.util.List<String> strings(Value array) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (array == null || array.isNull()) return out;
        for (long i = 0; i < array.getArraySize(); i++) out.add(array.getArrayElement(i).asString());
        return out;
    }

    // ---- descriptors ------------------------------------------------------------------------

    @HostAccess.Export
    public Object open(String user, int flags, int mode, Value cb) {
        Path p = path(user);
        return run(cb, () -> files.open(p, user, flags, mode));
    }

    @HostAccess.Export
    public Object close(int fd, Value cb) {
        return run(cb, () -> {
            try {
                fds.close(fd);
            } catch (IOException e) {
                throw FsErrors.wrap(e, "close", null, null);
            }
            return null;
        });
    }

    /** Reads into a fresh ByteBuffer (limit = bytes read) that the facade copies into its target. */
    @HostAccess.Export
    public Object read(int fd, int length, double position, Value cb) {
        if (fd == 0) return done(cb, () -> readStdin(length));
        return run(cb, () -> files.read(fd, length, (long) position));
    }

    private static ByteBuffer readStdin(int length) throws IOException {
        byte[] b = new byte[length];
        int n = System.in.read(b, 0, length);
        return ByteBuffer.wrap(b, 0, Math.max(n, 0)).slice();
    }

    /**
     * A direct buffer the facade wraps once: small synchronous reads land here and JS copies
     * them out, which saves wrapping a new Java buffer per call.
     */
    @HostAccess.Export
    public ByteBuffer scratch() {
        return scratch;
    }

    /** Synchronous read of at most {@link #SCRATCH_SIZE} bytes into {@link #scratch}; returns the count. */
    @HostAccess.Export
    public int readScratch(int fd, int length, double position) {
        if (fd == 0) {
            ByteBuffer b = (ByteBuffer) run(null, () -> readStdin(Math.min(length, SCRATCH_SIZE)));
            scratch.duplicate().put(b);
            return b.limit();
        }
        // A duplicate: the buffer JS wraps keeps its own position and limit untouched.
        ByteBuffer b = scratch.duplicate().limit(Math.min(length, SCRATCH_SIZE));
        return (int) run(null, () -> files.readInto(fd, b, (long) position));
    }

    @HostAccess.Export
    public Object write(int fd, Value arrayBuffer, int offset, int length, double position, Value cb) {
        if (fd == 1 || fd == 2) {   // stdio takes the bytes whole
            byte[] bytes = new byte[length];
            if (length > 0) arrayBuffer.readBuffer(offset, bytes, 0, length);
            return writeBytes(fd, bytes, (long) position, cb);
        }
        if (isSync(cb)) return run(cb, () -> bufferWrites.writeSync(fd, arrayBuffer, offset, length, (long) position));
        bufferWrites.writeAsync(fd, arrayBuffer, offset, length, (long) position, answer(cb));
        return null;
    }

    /** A string written as UTF-8 (the facade encodes other encodings itself). */
    @HostAccess.Export
    public Object writeString(int fd, String s, double position, Value cb) {
        return writeBytes(fd, s.getBytes(StandardCharsets.UTF_8), (long) position, cb);
    }

    private Object writeBytes(int fd, byte[] bytes, long position, Value cb) {
        if (fd == 1 || fd == 2) {
            return done(cb, () -> {
                env.write(fd, bytes, 0, bytes.length);
                return bytes.length;
            });
        }
        return run(cb, () -> files.write(fd, bytes, 0, bytes.length, position));
    }

    @HostAccess.Export
    public Object fsync(int fd, boolean dataOnly, Value cb) {
        return run(cb, () -> {
            files.fsync(fd, dataOnly);
            return null;
        });
    }

    @HostAccess.Export
    public Object ftruncate(int fd, double len, Value cb) {
        return run(cb, () -> {
            files.ftruncate(fd, (long) len);
            return null;
        });
    }

    @HostAccess.Export
    public Object fstat(int fd, Value cb) {
        return run(cb, () -> {
            Path p = fds.get(fd, "fstat").path();
            try {
                return StatReader.stat(p, true);
            } catch (IOException e) {
                throw FsErrors.wrap(e, "fstat", null, null);
            }
        });
    }

    @HostAccess.Export
    public Object fchmod(int fd, int mode, Value cb) {
        return run(cb, () -> {
            PathOps.chmod(fds.get(fd, "fchmod").path(), null, mode, true, "fchmod");
            return null;
        });
    }

    @HostAccess.Export
    public Object fchown(int fd, int uid, int gid, Value cb) {
        return run(cb, () -> {
            PathOps.chown(fds.get(fd, "fchown").path(), null, uid, gid, true, "fchown");
            return null;
        });
    }

    @HostAccess.Export
    public Object futimes(int fd, double atime, double mtime, Value cb) {
        return run(cb, () -> {
            PathOps.utimes(fds.get(fd, "futime").path(), null, atime, mtime, true, "futime");
            return null;
        });
    }

    // ---- whole files ------------------------------------------------------------------------

    /** Whole file: a String for utf8/latin1 (decoded here), else a ByteBuffer. */
    @HostAccess.Export
    public Object readFile(String user, int flags, String encoding, Value cb) {
        Path p = path(user);
        return run(cb, () -> decode(files.readFile(p, user, flags), encoding));
    }

    @HostAccess.Export
    public Object readFileFd(int fd, String encoding, Value cb) {
        if (fd == 0) {
            return run(cb, () -> decode(ByteBuffer.wrap(System.in.readAllBytes()), encoding));
        }
        return run(cb, () -> decode(files.readAll(fd), encoding));
    }

    private static Object decode(ByteBuffer buf, String encoding) {
        if (encoding == null) return buf;
        return switch (encoding) {
            case "utf8" -> new String(buf.array(), buf.arrayOffset() + buf.position(), buf.remaining(),
                    StandardCharsets.UTF_8);
            case "latin1" -> new String(buf.array(), buf.arrayOffset() + buf.position(), buf.remaining(),
                    StandardCharsets.ISO_8859_1);
            default -> buf;
        };
    }

    @HostAccess.Export
    public Object writeFile(String user, int flags, int mode, Value arrayBuffer, int offset, int length, Value cb) {
        Path p = path(user);
        if (isSync(cb)) return run(cb, () -> {
            bufferWrites.writeFileSync(p, user, flags, mode, arrayBuffer, offset, length);
            return null;
        });
        bufferWrites.writeFileAsync(p, user, flags, mode, arrayBuffer, offset, length, answer(cb));
        return null;
    }

    @HostAccess.Export
    public Object writeFileString(String user, int flags, int mode, String data, Value cb) {
        Path p = path(user);
        byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
        return run(cb, () -> {
            files.writeFile(p, user, flags, mode, bytes);
            return null;
        });
    }

    @HostAccess.Export
    public Object truncate(String user, double len, Value cb) {
        Path p = path(user);
        return run(cb, () -> {
            files.truncate(p, user, (long) len);
            return null;
        });
    }

    // ---- paths ------------------------------------------------------------------------------

    /** Stat fields as a flat array (see {@link StatReader}); null when missing and !throwIfNoEntry. */
    @HostAccess.Export
    public Object stat(String user, boolean follow, boolean throwIfNoEntry, Value cb) {
        Path p = path(user);
        return run(cb, () -> PathOps.stat(p, user, follow, throwIfNoEntry));
    }

    @HostAccess.Export
    public Object statfs(String user, Value cb) {
        Path p = path(user);
        return run(cb, () -> StatFs.statfs(p, user));
    }

    @HostAccess.Export
    public Object access(String user, int mode, Value cb) {
        Path p = path(user);
        return run(cb, () -> {
            PathOps.access(p, user, mode);
            return null;
        });
    }

    @HostAccess.Export
    public boolean exists(String user) {
        if (user.isEmpty()) return false;
        try {
            return java.nio.file.Files.exists(path(user));
        } catch (RuntimeException e) {
            return false;
        }
    }

    @HostAccess.Export
    public Object readdir(String user, boolean withTypes, boolean recursive, Value cb) {
        Path p = path(user);
        return run(cb, () -> PathOps.readdir(p, user, withTypes, recursive));
    }

    @HostAccess.Export
    public Object opendir(String user, Value cb) {
        Path p = path(user);
        return run(cb, () -> dirs.open(p, user));
    }

    @HostAccess.Export
    public Object dirRead(int id, int max, Value cb) {
        return run(cb, () -> dirs.read(id, max));
    }

    @HostAccess.Export
    public Object dirClose(int id, Value cb) {
        return run(cb, () -> {
            dirs.close(id);
            return null;
        });
    }

    @HostAccess.Export
    public Object mkdir(String user, int mode, boolean recursive, Value cb) {
        Path p = path(user);
        String cwd = env.cwd();
        return run(cb, () -> PathOps.mkdir(p, user, cwd, mode, recursive));
    }

    @HostAccess.Export
    public Object mkdtemp(String prefix, Value cb) {
        String cwd = env.cwd();
        return run(cb, () -> PathOps.mkdtemp(cwd, prefix));
    }

    @HostAccess.Export
    public Object rm(String user, boolean recursive, boolean force, Value cb) {
        Path p = path(user);
        return run(cb, () -> {
            PathOps.rm(p, user, recursive, force);
            return null;
        });
    }

    @HostAccess.Export
    public Object rmdir(String user, Value cb) {
        Path p = path(user);
        return run(cb, () -> {
            PathOps.rmdir(p, user);
            return null;
        });
    }

    @HostAccess.Export
    public Object unlink(String user, Value cb) {
        Path p = path(user);
        return run(cb, () -> {
            PathOps.unlink(p, user);
            return null;
        });
    }

    @HostAccess.Export
    public Object rename(String from, String to, Value cb) {
        Path a = path(from);
        Path b = path(to);
        return run(cb, () -> {
            PathOps.rename(a, from, b, to);
            return null;
        });
    }

    @HostAccess.Export
    public Object copyFile(String src, String dst, int mode, Value cb) {
        Path a = path(src);
        Path b = path(dst);
        return run(cb, () -> {
            PathOps.copyFile(a, src, b, dst, mode);
            return null;
        });
    }

    @HostAccess.Export
    public Object link(String existing, String created, Value cb) {
        Path a = path(existing);
        Path b = path(created);
        return run(cb, () -> {
            PathOps.link(a, existing, b, created);
            return null;
        });
    }

    @HostAccess.Export
    public Object symlink(String target, String link, Value cb) {
        Path l = path(link);
        return run(cb, () -> {
            PathOps.symlink(target, l, link);
            return null;
        });
    }

    @HostAccess.Export
    public Object readlink(String user, Value cb) {
        Path p = path(user);
        return run(cb, () -> PathOps.readlink(p, user));
    }

    @HostAccess.Export
    public Object realpath(String user, Value cb) {
        Path p = path(user);
        return run(cb, () -> PathOps.realpath(p, user));
    }

    @HostAccess.Export
    public Object chmod(String user, int mode, boolean follow, Value cb) {
        Path p = path(user);
        return run(cb, () -> {
            PathOps.chmod(p, user, mode, follow, follow ? "chmod" : "lchmod");
            return null;
        });
    }

    @HostAccess.Export
    public Object chown(String user, int uid, int gid, boolean follow, Value cb) {
        Path p = path(user);
        return run(cb, () -> {
            PathOps.chown(p, user, uid, gid, follow, follow ? "chown" : "lchown");
            return null;
        });
    }

    @HostAccess.Export
    public Object utimes(String user, double atime, double mtime, boolean follow, Value cb) {
        Path p = path(user);
        return run(cb, () -> {
            PathOps.utimes(p, user, atime, mtime, follow, follow ? "utime" : "lutime");
            return null;
        });
    }

    // ---- watchers ---------------------------------------------------------------------------

    /** Starts fs.watch; {@code listener(eventType, filename)} runs on the loop. Keeps the loop alive until unref/close. */
    @HostAccess.Export
    public int watch(String user, boolean recursive, Value listener) {
        Path p = path(user);
        int id;
        try {
            id = watchers.watch(p, user, recursive, (type, name) -> env.loop().post(() -> {
                env.invoke(listener, type, name);
            }));
        } catch (FsException e) {
            throw env.throwValue(error(e));
        }
        env.loop().refHandle();
        return id;
    }

    @HostAccess.Export
    public void watchRef(int id, boolean ref) {
        if (!watchers.isOpen(id)) return;
        if (ref) env.loop().refHandle(); else env.loop().unrefHandle();
    }

    /** Closes a watcher; {@code wasRefed} tells whether its keep-alive is to be released. */
    @HostAccess.Export
    public boolean watchClose(int id, boolean wasRefed) {
        boolean closed = watchers.close(id);
        if (closed && wasRefed) env.loop().unrefHandle();
        return closed;
    }

    /** For tests and teardown: how many descriptors are open. */
    @HostAccess.Export
    public int openFdCount() {
        return fds.size();
    }

    FdTable fdTable() {
        return fds;
    }
}
