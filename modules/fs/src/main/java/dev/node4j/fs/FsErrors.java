package dev.node4j.fs;

import dev.node4j.core.Errno;

/** Turns a Java I/O failure into the Node error of a file-system call (the errno from {@link Errno}). */
public final class FsErrors {
    private FsErrors() {
    }

    /** {@code t} as the Node error of {@code syscall} on {@code path} (and {@code dest}). */
    public static FsException wrap(Throwable t, String syscall, String path, String dest) {
        if (t instanceof FsException fe) return fe;
        return new FsException(Errno.of(t).name(), syscall, path, dest);
    }
}
