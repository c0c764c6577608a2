package dev.node4j.core;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;

/**
 * A path handed to GraalJS by {@link EsmFileSystem}. GraalJS resolves an import specifier
 * against the referrer with {@link #resolve(String)} / {@link #resolveSibling(String)}; this is
 * where a bare specifier ({@code 'pkg/sub'}) is still recognisable, so it becomes
 * {@code <dir>/__node4j_bare__/pkg/sub}, which {@link EsmFileSystem#toRealPath} resolves the
 * way Node does. Everything else delegates to the wrapped default-file-system path.
 */
final class EsmPath implements Path {
    static final String BARE = "__node4j_bare__";
    final Path inner;

    private EsmPath(Path inner) {
        this.inner = inner;
    }

    static Path wrap(Path p) {
        return p == null || p instanceof EsmPath ? p : new EsmPath(p);
    }

    static Path unwrap(Path p) {
        return p instanceof EsmPath e ? e.inner : p;
    }

    static boolean isBare(String spec) {
        return !spec.isEmpty() && !spec.startsWith("/") && !spec.startsWith("./") && !spec.startsWith("../")
                && !spec.equals(".") && !spec.equals("..") && !spec.contains(":");
    }

    @Override
    public Path resolve(String other) {
        if (isBare(other) && inner.isAbsolute()) return wrap(inner.resolve(BARE).resolve(other));
        return wrap(inner.resolve(other));
    }

    @Override
    public Path resolveSibling(String other) {
        Path parent = inner.getParent();
        return parent == null ? wrap(Path.of(other)) : new EsmPath(parent).resolve(other);
    }

    @Override
    public Path resolve(Path other) {
        return wrap(inner.resolve(unwrap(other)));
    }

    @Override
    public Path resolveSibling(Path other) {
        return wrap(inner.resolveSibling(unwrap(other)));
    }

    @Override
    public FileSystem getFileSystem() {
        return inner.getFileSystem();
    }

    @Override
    public boolean isAbsolute() {
        return inner.isAbsolute();
    }

    @Override
    public Path getRoot() {
        return wrap(inner.getRoot());
    }

    @Override
    public Path getFileName() {
        return wrap(inner.getFileName());
    }

    @Override
    public Path getParent() {
        return wrap(inner.getParent());
    }

    @Override
    public int getNameCount() {
        return inner.getNameCount();
    }

    @Override
    public Path getName(int index) {
        return wrap(inner.getName(index));
    }

    @Override
    public Path subpath(int beginIndex, int endIndex) {
        return wrap(inner.subpath(beginIndex, endIndex));
    }

    @Override
    public boolean startsWith(Path other) {
        return inner.startsWith(unwrap(other));
    }

    @Override
    public boolean endsWith(Path other) {
        return inner.endsWith(unwrap(other));
    }

    @Override
    public Path normalize() {
        return wrap(inner.normalize());
    }

    @Override
    public Path relativize(Path other) {
        return wrap(inner.relativize(unwrap(other)));
    }

    @Override
    public URI toUri() {
        return inner.toUri();
    }

    @Override
    public Path toAbsolutePath() {
        return wrap(inner.toAbsolutePath());
    }

    @Override
    public Path toRealPath(LinkOption... options) throws IOException {
        return wrap(inner.toRealPath(options));
    }

    @Override
    public WatchKey register(WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers)
            throws IOException {
        return inner.register(watcher, events, modifiers);
    }

    @Override
    public int compareTo(Path other) {
        return inner.compareTo(unwrap(other));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Path p && inner.equals(unwrap(p));
    }

    @Override
    public int hashCode() {
        return inner.hashCode();
    }

    @Override
    public String toString() {
        return inner.toString();
    }
}
