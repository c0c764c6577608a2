package dev.node4j.core;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.graalvm.polyglot.io.FileSystem;

/**
 * The file system GraalJS loads ES modules through. Plain files pass to the default file
 * system; three kinds of specifier are mapped to Node's meaning:
 * <ul>
 *   <li>{@code node:fs} (and bare builtin ids) become a virtual file whose content is a
 *       generated ESM facade over the builtin's CommonJS exports;</li>
 *   <li>bare package specifiers arrive (thanks to {@code js.esm-bare-specifier-relative-lookup})
 *       as {@code <referrer dir>/<BARE>/pkg/sub}, marked in {@link #parsePath(String)}, and are
 *       resolved with Node's algorithm and the {@code import} condition in {@link #toRealPath};</li>
 *   <li>a CommonJS file imported from ESM is served as a wrapper that requires it (default
 *       export plus the named exports {@link CjsExportNames} finds).</li>
 * </ul>
 * GraalJS keys modules by real path, so a package's relative imports resolve from its files.
 */
final class EsmFileSystem implements FileSystem {
    static final String BUILTIN_DIR = "/__node4j__/builtin/";
    private static final String BARE = "__node4j_bare__";

    private final FileSystem delegate = FileSystem.newDefaultFileSystem();
    private final Resolver resolver;
    private final Function<String, List<String>> builtinExportNames;
    private final Set<String> builtinIds;

    EsmFileSystem(Resolver resolver, Set<String> builtinIds, Function<String, List<String>> builtinExportNames) {
        this.resolver = resolver;
        this.builtinIds = builtinIds;
        this.builtinExportNames = builtinExportNames;
    }

    @Override
    public Path parsePath(URI uri) {
        if ("node".equals(uri.getScheme())) return builtinPath(uri.getSchemeSpecificPart());
        return delegate.parsePath(uri);
    }

    @Override
    public Path parsePath(String path) {
        if (path.startsWith("node:")) return builtinPath(path.substring(5));
        if (path.startsWith("file:")) return delegate.parsePath(URI.create(path));
        if (!path.isEmpty() && !path.startsWith("/") && !path.startsWith("./") && !path.startsWith("../")
                && !path.equals(".") && !path.equals("..")) {
            String id = path;
            if (builtinIds.contains(id) && !id.startsWith("internal/")) return builtinPath(id);
            return delegate.parsePath(BARE + "/" + path);   // resolved against the referrer's dir
        }
        return delegate.parsePath(path);
    }

    private Path builtinPath(String id) {
        return delegate.parsePath(BUILTIN_DIR + id.replace("/", "%2F") + ".mjs");
    }

    @Override
    public Path toRealPath(Path path, LinkOption... options) throws IOException {
        String s = path.toString();
        if (s.startsWith(BUILTIN_DIR)) return path;
        int bare = s.indexOf("/" + BARE + "/");
        if (bare >= 0) {
            String referrerDir = s.substring(0, bare);
            String request = s.substring(bare + BARE.length() + 2);
            String r = resolver.resolve(request, referrerDir.isEmpty() ? "/" : referrerDir,
                    Resolver.IMPORT_CONDITIONS, null);
            if (r == null) {
                throw new NoSuchFileException(request, null, "Cannot find package '" + request
                        + "' imported from " + referrerDir);
            }
            if (r.startsWith("node:")) return builtinPath(r.substring(5));
            return delegate.parsePath(r);
        }
        return delegate.toRealPath(path, options);
    }

    @Override
    public Path toAbsolutePath(Path path) {
        return path.toString().startsWith(BUILTIN_DIR) ? path : delegate.toAbsolutePath(path);
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options,
                                              FileAttribute<?>... attrs) throws IOException {
        String s = path.toString();
        if (s.startsWith(BUILTIN_DIR)) {
            String id = s.substring(BUILTIN_DIR.length(), s.length() - 4).replace("%2F", "/");
            return bytes(builtinFacade(id));
        }
        if (s.endsWith(".json")) {
            return bytes("export default JSON.parse(" + jsString(java.nio.file.Files.readString(path)) + ");");
        }
        if ("commonjs".equals(resolver.format(s)) && !s.endsWith(".mjs")) {
            return bytes(cjsFacade(s, java.nio.file.Files.readString(path)));
        }
        return delegate.newByteChannel(path, options, attrs);
    }

    private String builtinFacade(String id) {
        StringBuilder b = new StringBuilder();
        b.append("const m = globalThis[Symbol.for('node4j.require')]('node:").append(id).append("');\n");
        b.append("export default m;\n");
        appendNamedExports(b, builtinExportNames.apply(id));
        return b.toString();
    }

    private static String cjsFacade(String file, String source) {
        StringBuilder b = new StringBuilder();
        b.append("const m = globalThis[Symbol.for('node4j.require')](").append(jsString(file)).append(");\n");
        b.append("export default m;\n");
        appendNamedExports(b, CjsExportNames.of(source));
        return b.toString();
    }

    private static void appendNamedExports(StringBuilder b, List<String> names) {
        StringBuilder list = new StringBuilder();
        for (String n : names) {
            if (n.equals("default") || !CjsExportNames.isIdentifier(n)) continue;
            if (list.length() > 0) list.append(", ");
            list.append(n);
        }
        if (list.length() > 0) b.append("export const { ").append(list).append(" } = m;\n");
    }

    static String jsString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\u2028' -> b.append("\\u2028");
                case '\u2029' -> b.append("\\u2029");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private static SeekableByteChannel bytes(String content) {
        return new ReadOnlyChannel(content.getBytes(StandardCharsets.UTF_8));
    }

    // ---- plain delegation ------------------------------------------------------------------

    @Override
    public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... linkOptions) throws IOException {
        if (path.toString().startsWith(BUILTIN_DIR)) return;
        delegate.checkAccess(path, modes, linkOptions);
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        delegate.createDirectory(dir, attrs);
    }

    @Override
    public void delete(Path path) throws IOException {
        delegate.delete(path);
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter) throws IOException {
        return delegate.newDirectoryStream(dir, filter);
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        return delegate.readAttributes(path, attributes, options);
    }

    @Override
    public void setCurrentWorkingDirectory(Path currentWorkingDirectory) {
        delegate.setCurrentWorkingDirectory(currentWorkingDirectory);
    }

    /** An in-memory read-only channel for generated module text. */
    private static final class ReadOnlyChannel implements SeekableByteChannel {
        private final byte[] data;
        private int pos;
        private boolean open = true;

        ReadOnlyChannel(byte[] data) {
            this.data = data;
        }

        @Override
        public int read(ByteBuffer dst) {
            if (pos >= data.length) return -1;
            int n = Math.min(dst.remaining(), data.length - pos);
            dst.put(data, pos, n);
            pos += n;
            return n;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            throw new IOException("read-only");
        }

        @Override
        public long position() {
            return pos;
        }

        @Override
        public SeekableByteChannel position(long newPosition) {
            pos = (int) Math.min(newPosition, data.length);
            return this;
        }

        @Override
        public long size() {
            return data.length;
        }

        @Override
        public SeekableByteChannel truncate(long size) throws IOException {
            throw new IOException("read-only");
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            open = false;
        }
    }
}
