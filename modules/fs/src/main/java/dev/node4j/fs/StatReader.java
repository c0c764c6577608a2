package dev.node4j.fs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;

/**
 * stat(2) through the JDK's "unix" attribute view: one flat array per file so that a single
 * host call carries every field of Node's {@code Stats}.
 */
public final class StatReader {
    /** Indexes into the array {@link #stat} returns. Times are split in seconds and nanoseconds (exact in doubles). */
    public static final int DEV = 0, MODE = 1, NLINK = 2, UID = 3, GID = 4, RDEV = 5, BLKSIZE = 6, INO = 7,
            SIZE = 8, BLOCKS = 9, ATIME_S = 10, ATIME_NS = 11, MTIME_S = 12, MTIME_NS = 13, CTIME_S = 14,
            CTIME_NS = 15, BIRTHTIME_S = 16, BIRTHTIME_NS = 17, LENGTH = 18;

    public static final int S_IFMT = 0170000, S_IFREG = 0100000, S_IFDIR = 0040000, S_IFLNK = 0120000,
            S_IFIFO = 0010000, S_IFSOCK = 0140000, S_IFCHR = 0020000, S_IFBLK = 0060000;

    /** libuv's dirent types, as Node's Dirent uses them. */
    public static final int UV_DIRENT_UNKNOWN = 0, UV_DIRENT_FILE = 1, UV_DIRENT_DIR = 2, UV_DIRENT_LINK = 3,
            UV_DIRENT_FIFO = 4, UV_DIRENT_SOCKET = 5, UV_DIRENT_CHAR = 6, UV_DIRENT_BLOCK = 7;

    private static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};
    private static final LinkOption[] FOLLOW = {};
    /** st_blksize of the usual Linux file systems: the unix view does not report it. */
    private static final int BLOCK_SIZE = 4096;

    private StatReader() {
    }

    public static double[] stat(Path p, boolean followLinks) throws IOException {
        Map<String, Object> a = Files.readAttributes(p, "unix:*", followLinks ? FOLLOW : NOFOLLOW);
        double[] s = new double[LENGTH];
        s[DEV] = num(a.get("dev"));
        s[MODE] = num(a.get("mode"));
        s[NLINK] = num(a.get("nlink"));
        s[UID] = num(a.get("uid"));
        s[GID] = num(a.get("gid"));
        s[RDEV] = num(a.get("rdev"));
        s[INO] = num(a.get("ino"));
        long size = ((Number) a.get("size")).longValue();
        s[SIZE] = size;
        s[BLKSIZE] = BLOCK_SIZE;
        // st_blocks counts 512-byte units of allocated space; the JDK does not expose it, so
        // report whole file-system blocks as a non-sparse file occupies them.
        s[BLOCKS] = ((size + BLOCK_SIZE - 1) / BLOCK_SIZE) * (BLOCK_SIZE / 512);
        time(s, ATIME_S, (FileTime) a.get("lastAccessTime"));
        time(s, MTIME_S, (FileTime) a.get("lastModifiedTime"));
        time(s, CTIME_S, (FileTime) a.get("ctime"));
        time(s, BIRTHTIME_S, (FileTime) a.get("creationTime"));
        return s;
    }

    /** The dirent type of {@code p} itself (a link is a link). */
    public static int direntType(Path p) {
        try {
            int mode = ((Number) Files.getAttribute(p, "unix:mode", NOFOLLOW)).intValue();
            return typeOfMode(mode);
        } catch (IOException | RuntimeException e) {
            return UV_DIRENT_UNKNOWN;
        }
    }

    public static int typeOfMode(int mode) {
        return switch (mode & S_IFMT) {
            case S_IFREG -> UV_DIRENT_FILE;
            case S_IFDIR -> UV_DIRENT_DIR;
            case S_IFLNK -> UV_DIRENT_LINK;
            case S_IFIFO -> UV_DIRENT_FIFO;
            case S_IFSOCK -> UV_DIRENT_SOCKET;
            case S_IFCHR -> UV_DIRENT_CHAR;
            case S_IFBLK -> UV_DIRENT_BLOCK;
            default -> UV_DIRENT_UNKNOWN;
        };
    }

    private static double num(Object o) {
        return o == null ? 0 : ((Number) o).doubleValue();
    }

    private static void time(double[] s, int at, FileTime t) {
        if (t == null) return;
        Instant i = t.toInstant();
        s[at] = i.getEpochSecond();
        s[at + 1] = i.getNano();
    }
}
