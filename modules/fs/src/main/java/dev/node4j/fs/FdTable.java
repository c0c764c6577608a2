package dev.node4j.fs;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The numeric file descriptors of one runtime: small integers from 3 up (0-2 are stdio), each
 * an open {@link FileChannel}. Like the OS, the lowest free number is handed out first.
 * Pool threads use it too, hence the concurrent map and the synchronized allocation.
 */
public final class FdTable {
    /** An open file: its channel, the path it was opened by, and whether writes append. */
    public record OpenFile(FileChannel channel, Path path, boolean append) {
    }

    public static final int FIRST_FD = 3;
    private final Map<Integer, OpenFile> files = new ConcurrentHashMap<>();

    public synchronized int add(OpenFile file) {
        int fd = FIRST_FD;
        while (files.containsKey(fd)) fd++;
        files.put(fd, file);
        return fd;
    }

    /** The open file behind {@code fd}, or EBADF for {@code syscall}. */
    public OpenFile get(int fd, String syscall) {
        OpenFile f = files.get(fd);
        if (f == null) throw new FsException("EBADF", syscall, null, null);
        return f;
    }

    /** Closes {@code fd}; EBADF if it is not open. */
    public void close(int fd) throws IOException {
        OpenFile f;
        synchronized (this) {
            f = files.remove(fd);
        }
        if (f == null) throw new FsException("EBADF", "close", null, null);
        f.channel().close();
    }

    public int size() {
        return files.size();
    }

    /** Closes every descriptor (when the runtime goes away). */
    public void closeAll() {
        List<OpenFile> all;
        synchronized (this) {
            all = new ArrayList<>(files.values());
            files.clear();
        }
        for (OpenFile f : all) {
            try {
                f.channel().close();
            } catch (IOException ignored) {
                // closing at teardown: nothing is left to report the failure to
            }
        }
    }
}
