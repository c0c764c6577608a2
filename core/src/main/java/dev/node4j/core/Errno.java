package dev.node4j.core;

import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.Locale;

/**
 * The errno a failed Java I/O call stands for, as Node reports it: the constant's name is the
 * code ({@code ENOENT}), {@link #number()} its Linux value. The one place that reads the JDK's
 * exceptions for it; {@code EIO} when nothing more precise is known.
 */
public enum Errno {
    EPERM(1, "operation not permitted"),
    ENOENT(2, "no such file or directory"),
    EIO(5, null),
    EBADF(9, "bad file descriptor"),
    EACCES(13, "permission denied"),
    EBUSY(16, "device or resource busy"),
    EEXIST(17, "file exists"),
    EXDEV(18, "cross-device link"),
    ENOTDIR(20, "not a directory"),
    EISDIR(21, "is a directory"),
    EINVAL(22, "invalid argument"),
    EMFILE(24, "too many open files"),
    ETXTBSY(26, "text file busy"),
    EFBIG(27, "file too large"),
    ENOSPC(28, "no space left"),
    ESPIPE(29, "illegal seek"),
    EROFS(30, "read-only file system"),
    EMLINK(31, "too many links"),
    EPIPE(32, "broken pipe"),
    ENAMETOOLONG(36, "file name too long"),
    ENOTEMPTY(39, "directory not empty"),
    ELOOP(40, "too many levels of symbolic links"),
    ENOTSUP(95, "not supported"),
    EAFNOSUPPORT(97, "address family not supported"),
    EADDRINUSE(98, "address already in use"),
    EADDRNOTAVAIL(99, "cannot assign requested address"),
    ENETUNREACH(101, "network is unreachable"),
    ECONNABORTED(103, "connection abort"),
    ECONNRESET(104, "connection reset"),
    ENOTCONN(107, "not connected"),
    ETIMEDOUT(110, "timed out"),
    ECONNREFUSED(111, "connection refused"),
    EHOSTUNREACH(113, "no route to host");

    private static final Errno[] VALUES = values();

    private final int number;
    /** Part of strerror(3)'s text, lower case, as the JDK puts it in an exception's reason. */
    private final String strerror;

    Errno(int number, String strerror) {
        this.number = number;
        this.strerror = strerror;
    }

    /** The errno's Linux value (positive, as C has it; Node's err.errno is its negation). */
    public int number() {
        return number;
    }

    /** The errno {@code t} stands for. */
    public static Errno of(Throwable t) {
        if (t instanceof NoSuchFileException) return ENOENT;
        if (t instanceof FileAlreadyExistsException) return EEXIST;
        if (t instanceof DirectoryNotEmptyException) return ENOTEMPTY;
        if (t instanceof NotDirectoryException) return ENOTDIR;
        if (t instanceof NotLinkException) return EINVAL;
        if (t instanceof FileSystemLoopException) return ELOOP;
        if (t instanceof NonReadableChannelException || t instanceof NonWritableChannelException
                || t instanceof ClosedChannelException) {
            return EBADF;
        }
        Errno byReason = byReason(t instanceof FileSystemException fse ? fse.getReason() : t.getMessage());
        if (byReason != null) return byReason;
        if (t instanceof AccessDeniedException) return EACCES;
        if (t instanceof SecurityException) return EPERM;
        return EIO;
    }

    private static Errno byReason(String reason) {
        if (reason == null) return null;
        String r = reason.toLowerCase(Locale.ROOT);
        for (Errno e : VALUES) {
            if (e.strerror != null && r.contains(e.strerror)) return e;
        }
        return null;
    }
}
