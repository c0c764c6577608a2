package dev.node4j.fs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Open directory streams behind {@code fs.Dir}, read in batches (any thread). */
public final class DirHandles {
    private record Open(DirectoryStream<Path> stream, Iterator<Path> it) {
    }

    private final Map<Integer, Open> open = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    public int open(Path p, String user) {
        try {
            if (!Files.isDirectory(p)) {
                throw new FsException(Files.exists(p) ? "ENOTDIR" : "ENOENT", "opendir", user, null);
            }
            DirectoryStream<Path> ds = Files.newDirectoryStream(p);
            int id = ids.incrementAndGet();
            open.put(id, new Open(ds, ds.iterator()));
            return id;
        } catch (IOException | RuntimeException e) {
            throw FsErrors.wrap(e, "opendir", user, null);
        }
    }

    /** Up to {@code max} entries as flat [name, type, ...]; empty at the end. */
    public Object[] read(int id, int max) {
        Open o = open.get(id);
        if (o == null) throw new FsException("EBADF", "scandir", null, null);
        List<Object> out = new ArrayList<>();
        synchronized (o) {
            try {
                while (out.size() < max * 2 && o.it().hasNext()) {
                    Path entry = o.it().next();
                    out.add(entry.getFileName().toString());
                    out.add(StatReader.direntType(entry));
                }
            } catch (RuntimeException e) {
                throw FsErrors.wrap(e.getCause() != null ? e.getCause() : e, "scandir", null, null);
            }
        }
        return out.toArray();
    }

    public void close(int id) {
        Open o = open.remove(id);
        if (o == null) return;
        try {
            o.stream().close();
        } catch (IOException e) {
            throw FsErrors.wrap(e, "closedir", null, null);
        }
    }

    public void closeAll() {
        for (Integer id : List.copyOf(open.keySet())) {
            try {
                close(id);
            } catch (FsException ignored) {
                // teardown: nobody is left to report to
            }
        }
    }
}
