package dev.node4j.fs;

/**
 * A failed file-system call as Node reports it: the errno code (ENOENT, ...) or a Node code
 * (ERR_FS_EISDIR), the syscall, and the user's path and destination (either may be null).
 */
public final class FsException extends RuntimeException {
    private final String code;
    private final String syscall;
    private final String path;
    private final String dest;

    public FsException(String code, String syscall, String path, String dest) {
        super(code + ": " + syscall + (path == null ? "" : " '" + path + "'"), null, false, false);
        this.code = code;
        this.syscall = syscall;
        this.path = path;
        this.dest = dest;
    }

    public String code() {
        return code;
    }

    public String syscall() {
        return syscall;
    }

    public String path() {
        return path;
    }

    public String dest() {
        return dest;
    }
}
