package dev.node4j.fs;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * fs.watch over the JDK's WatchService (inotify on Linux). A file is watched through its
 * directory, filtered by name. Events arrive on a daemon thread and are posted to the loop.
 */
final class Watchers {
    private final class Watcher {
        final WatchService service;
        final Map<WatchKey, Path> dirs = new HashMap<>();
        final Path root;
        final String onlyName;   // watching a file: only its events
        volatile boolean closed;

        Watcher(WatchService service, Path root, String onlyName) {
            this.service = service;
            this.root = root;
            this.onlyName = onlyName;
        }
    }

    private final Map<Integer, Watcher> watchers = new ConcurrentHashMap<>();
    private int nextId;

    /**
     * Starts watching; {@code emit} gets (eventType, filename) on a watcher thread (the caller
     * posts it to the loop). Returns the watcher id.
     */
    int watch(Path p, String user, boolean recursive, BiConsumer<String, String> emit) {
        if (!Files.exists(p)) throw new FsException("ENOENT", "watch", user, null);
        try {
            boolean dir = Files.isDirectory(p);
            Path root = dir ? p : p.toAbsolutePath().getParent();
            Watcher w = new Watcher(FileSystems.getDefault().newWatchService(), root,
                    dir ? null : p.getFileName().toString());
            register(w, root);
            if (dir && recursive) {
                try (Stream<Path> all = Files.walk(root)) {
                    for (Path d : (Iterable<Path>) all.filter(Files::isDirectory)::iterator) {
                        if (!d.equals(root)) register(w, d);
                    }
                }
            }
            int id = ++nextId;
            watchers.put(id, w);
            Thread t = new Thread(() -> pump(w, recursive, emit), "node4j-fs-watch-" + id);
            t.setDaemon(true);
            t.start();
            return id;
        } catch (IOException | RuntimeException e) {
            throw FsErrors.wrap(e, "watch", user, null);
        }
    }

    private static void register(Watcher w, Path dir) throws IOException {
        WatchKey key = dir.register(w.service, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
        synchronized (w.dirs) {
            w.dirs.put(key, dir);
        }
    }

    private void pump(Watcher w, boolean recursive, BiConsumer<String, String> emit) {
        try {
            while (!w.closed) {
                WatchKey key = w.service.take();
                Path dir;
                synchronized (w.dirs) {
                    dir = w.dirs.get(key);
                }
                for (WatchEvent<?> ev : key.pollEvents()) {
                    if (ev.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) continue;
                    Path child = dir.resolve((Path) ev.context());
                    String name = child.getFileName().toString();
                    if (w.onlyName != null && !w.onlyName.equals(name)) continue;
                    String type = ev.kind() == StandardWatchEventKinds.ENTRY_MODIFY ? "change" : "rename";
                    String reported = w.onlyName != null ? name : w.root.relativize(child).toString();
                    if (recursive && ev.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child)) {
                        try {
                            register(w, child);
                        } catch (IOException ignored) {
                            // vanished already: its creation is still reported below
                        }
                    }
                    if (!w.closed) emit.accept(type, reported);
                }
                key.reset();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    /** Stops a watcher; false if it was closed already. */
    boolean close(int id) {
        Watcher w = watchers.remove(id);
        if (w == null) return false;
        w.closed = true;
        try {
            w.service.close();
        } catch (IOException ignored) {
            // the watcher is gone either way
        }
        return true;
    }

    boolean isOpen(int id) {
        Watcher w = watchers.get(id);
        return w != null && !w.closed;
    }

    void closeAll() {
        for (Integer id : java.util.List.copyOf(watchers.keySet())) close(id);
    }
}
