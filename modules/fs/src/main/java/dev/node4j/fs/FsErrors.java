package dev.node4j.fs;

import java.io.IOException;
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

/** Maps Java I/O exceptions to the errno codes Node reports (one place for the whole module). */
public final class FsErrors {
    private FsErrors() {
    }

    /** The errno code for {@code t}, e.g. {@code ENOENT}; {@code EIO} when nothing more precise is known. */
    public static String code(Throwable t) {
        if (t instanceof FsException fe) return fe.code();
        if (t instanceof NoSuchFileException) return "ENOENT";
        if (t instanceof FileAlreadyExistsException) return "EEXIST";
        if (t instanceof DirectoryNotEmptyException) return "ENOTEMPTY";
        if (t instanceof NotDirectoryException) return "ENOTDIR";
        if (t instanceof NotLinkException) return "EINVAL";
        if (t instanceof FileSystemLoopException) return "ELOOP";
        if (t instanceof NonReadableChannelException || t instanceof NonWritableChannelException
                || t instanceof ClosedChannelException) {
            return "EBADF";
        }
        String reason = t instanceof FileSystemException fse ? fse.getReason() : t.getMessage();
        String byReason = byReason(reason);
        if (byReason != null) return byReason;
        if (t instanceof AccessDeniedException) return "EACCES";
        if (t instanceof IOException) return "EIO";
        if (t instanceof SecurityException) return "EPERM";
        return "EIO";
    }

    /** strerror(3) texts as the JDK puts them in exception reasons. */
    static String byReason(String reason) {
        if (reason == null) return null;
        String r = reason.toLowerCase(Locale.ROOT);
        if (r.contains("no such file or directory")) return "ENOENT";
        if (r.contains("is a directory")) return "EISDIR";
        if (r.contains("not a directory")) return "ENOTDIR";
        if (r.contains("too many levels of symbolic links")) return "ELOOP";
        if (r.contains("operation not permitted")) return "EPERM";
        if (r.contains("permission denied")) return "EACCES";
        if (r.contains("file exists")) return "EEXIST";
        if (r.contains("directory not empty")) return "ENOTEMPTY";
        if (r.contains("invalid argument")) return "EINVAL";
        if (r.contains("read-only file system")) return "EROFS";
        if (r.contains("no space left")) return "ENOSPC";
        if (r.contains("cross-device link")) return "EXDEV";
        if (r.contains("file name too long")) return "ENAMETOOLONG";
        if (r.contains("bad file descriptor")) return "EBADF";
        if (r.contains("too many open files")) return "EMFILE";
        if (r.contains("text file busy")) return "ETXTBSY";
        if (r.contains("device or resource busy")) return "EBUSY";
        if (r.contains("too many links")) return "EMLINK";
        if (r.contains("file too large")) return "EFBIG";
        if (r.contains("not supported")) return "ENOTSUP";
        if (r.contains("illegal seek")) return "ESPIPE";
        if (r.contains("broken pipe")) return "EPIPE";
        return null;
    }

    /** {@code t} as the Node error of {@code syscall} on {@code path} (and {@code dest}). */
    public static FsException wrap(Throwable t, String syscall, String path, String dest) {
        if (t instanceof FsException fe) return fe;
        return new FsException(code(t), syscall, path, dest);
    }
}
