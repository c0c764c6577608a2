package dev.node4j.fs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** Blocking work on open files: open flags, reads, writes, sync, truncate (any thread). */
public final class FileOps {
    public static final int O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0100, O_EXCL = 0200, O_TRUNC = 01000,
            O_APPEND = 02000, O_DSYNC = 010000, O_DIRECTORY = 0200000, O_NOFOLLOW = 0400000,
            O_SYNC = 04010000;

    private final FdTable fds;

    public FileOps(FdTable fds) {
        this.fds = fds;
    }

    public FdTable fds() {
        return fds;
    }

    /** open(2): Linux flag bits to NIO options; O_APPEND is done by {@link #write} (NIO forbids READ+APPEND). */
    public int open(Path p, String userPath, int flags, int mode) throws IOException {
        Set<OpenOption> opts = new HashSet<>();
        int acc = flags & 3;
        if (acc == 0 || acc == O_RDWR) opts.add(StandardOpenOption.READ);
        if (acc == O_WRONLY || acc == O_RDWR) opts.add(StandardOpenOption.WRITE);
        if ((flags & O_CREAT) != 0) {
            opts.add((flags & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        }
        if ((flags & O_TRUNC) != 0 && acc != 0) opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        if ((flags & O_SYNC) == O_SYNC) {
            opts.add(StandardOpenOption.SYNC);
        } else if ((flags & O_DSYNC) != 0) {
            opts.add(StandardOpenOption.DSYNC);
        }
        if ((flags & O_NOFOLLOW) != 0) opts.add(LinkOption.NOFOLLOW_LINKS);
        if ((flags & O_DIRECTORY) != 0 && !Files.isDirectory(p)) {
            throw new FsException(Files.exists(p) ? "ENOTDIR" : "ENOENT", "open", userPath, null);
        }
        FileChannel ch;
        try {
            ch = (flags & O_CREAT) != 0
                    ? FileChannel.open(p, opts, permissions(mode))
                    : FileChannel.open(p, opts);
        } catch (IOException | UnsupportedOperationException e) {
            throw FsErrors.wrap(e, "open", userPath, null);
        }
        return fds.add(new FdTable.OpenFile(ch, p, (flags & O_APPEND) != 0));
    }

    public static FileAttribute<Set<PosixFilePermission>> permissions(int mode) {
        Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ,
        };
        for (int i = 0; i < 9; i++) {
            if ((mode & (1 << i)) != 0) perms.add(order[i]);
        }
        return PosixFilePermissions.asFileAttribute(perms);
    }

    /** Reads up to {@code length} bytes at {@code position} (negative: the current position). */
    public ByteBuffer read(int fd, int length, long position) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length);
        readInto(fd, buf, position);
        buf.flip();
        return buf;
    }

    /** Fills {@code buf} from {@code position} (negative: the current position) until full or EOF. */
    public int readInto(int fd, ByteBuffer buf, long position) throws IOException {
        FileChannel ch = fds.get(fd, "read").channel();
        int start = buf.position();
        try {
            while (buf.hasRemaining()) {
                int n = position < 0 ? ch.read(buf) : ch.read(buf, position + buf.position() - start);
                if (n <= 0) break;
            }
        } catch (IOException | RuntimeException e) {
            throw FsErrors.wrap(e, "read", null, null);
        }
        return buf.position() - start;
    }

    /** Writes all of {@code bytes}; returns the count (a short write is an error, never silent). */
    public int write(int fd, byte[] bytes, int off, int len, long position) throws IOException {
        FdTable.OpenFile f = fds.get(fd, "write");
        FileChannel ch = f.channel();
        ByteBuffer buf = ByteBuffer.wrap(bytes, off, len);
        try {
            if (f.append()) {
                synchronized (f) {   // O_APPEND: every write goes to the end, whatever the position
                    ch.position(ch.size());
                    while (buf.hasRemaining()) ch.write(buf);
                }
            } else if (position < 0) {
                while (buf.hasRemaining()) ch.write(buf);
            } else {
                long at = position;
                while (buf.hasRemaining()) at += ch.write(buf, at);
            }
        } catch (IOException | RuntimeException e) {
            throw FsErrors.wrap(e, "write", null, null);
        }
        return len;
    }

    /** Reads the rest of the file from the current position (readFile on an fd). */
    public ByteBuffer readAll(int fd) throws IOException {
        FileChannel ch = fds.get(fd, "read").channel();
        return readRest(ch, -1);
    }

    /** Reads a whole file by path. */
    public ByteBuffer readFile(Path p, String userPath, int flags) throws IOException {
        int fd = open(p, userPath, flags, 0666);
        try {
            FileChannel ch = fds.get(fd, "read").channel();
            return readRest(ch, 0);
        } finally {
            fds.close(fd);
        }
    }

    /** From {@code start} (negative: the current position) to EOF; sized by the file, grown if it grows. */
    private static ByteBuffer readRest(FileChannel ch, long start) throws IOException {
        try {
            long pos = start < 0 ? ch.position() : start;
            long size = ch.size();
            long want = Math.max(0, size - pos);
            if (want > Integer.MAX_VALUE - 8) throw new FsException("ERR_FS_FILE_TOO_LARGE", "read", String.valueOf(size), null);
            ByteBuffer buf = ByteBuffer.allocate((int) (want == 0 ? 8192 : want + 1));
            while (true) {
                int n = ch.read(buf, pos);
                if (n < 0) break;
                pos += n;
                if (!buf.hasRemaining()) {
                    ByteBuffer bigger = ByteBuffer.allocate(buf.capacity() * 2);
                    buf.flip();
                    bigger.put(buf);
                    buf = bigger;
                }
            }
            if (start < 0) ch.position(pos);
            buf.flip();
            return buf;
        } catch (IOException | RuntimeException e) {
            throw FsErrors.wrap(e, "read", null, null);
        }
    }

    /** Writes a whole file by path (writeFile, appendFile), forcing nothing but losing nothing. */
    public void writeFile(Path p, String userPath, int flags, int mode, byte[] bytes) throws IOException {
        writeFile(p, userPath, flags, mode, fd -> write(fd, bytes, 0, bytes.length, -1));
    }

    /** Opens the file, lets {@code body} write to it, closes it (on failure too). */
    public void writeFile(Path p, String userPath, int flags, int mode, FdBody body) throws IOException {
        int fd = open(p, userPath, flags, mode);
        try {
            body.write(fd);
        } finally {
            fds.close(fd);
        }
    }

    /** What writeFile does with the open file. */
    @FunctionalInterface
    public interface FdBody {
        void write(int fd) throws IOException;
    }

    public void fsync(int fd, boolean dataOnly) throws IOException {
        String syscall = dataOnly ? "fdatasync" : "fsync";
        try {
            fds.get(fd, syscall).channel().force(!dataOnly);
        } catch (IOException | RuntimeException e) {
            throw FsErrors.wrap(e, syscall, null, null);
        }
    }

    /** ftruncate(2): shrinks or extends with zeros (NIO's truncate only shrinks). */
    public void ftruncate(int fd, long len) throws IOException {
        try {
            setLength(fds.get(fd, "ftruncate").channel(), len);
        } catch (IOException | RuntimeException e) {
            throw FsErrors.wrap(e, "ftruncate", null, null);
        }
    }

    static void setLength(FileChannel ch, long len) throws IOException {
        long size = ch.size();
        if (len < size) {
            long pos = ch.position();
            ch.truncate(len);
            ch.position(pos);
        } else if (len > size) {
            ch.write(ByteBuffer.wrap(new byte[1]), len - 1);
        }
    }

    public void truncate(Path p, String userPath, long len) throws IOException {
        FileChannel ch;
        try {
            ch = FileChannel.open(p, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw FsErrors.wrap(e, "open", userPath, null);
        }
        try (ch) {
            setLength(ch, len);
        } catch (IOException e) {
            throw FsErrors.wrap(e, "ftruncate", null, null);
        }
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
