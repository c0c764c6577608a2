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
    private static final boolean TRACE = System.getenv("NODE4J_TRACE_ESM") != null;

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
        if (TRACE) System.err.println("parsePath(URI) " + uri);
        if ("node".equals(uri.getScheme())) return builtinPath(uri.getSchemeSpecificPart());
        return EsmPath.wrap(delegate.parsePath(uri));
    }

    @Override
    public Path parsePath(String path) {
        if (TRACE) System.err.println("parsePath(String) " + path);
        if (path.startsWith("node:")) return builtinPath(path.substring(5));
        if (path.startsWith("file:")) return EsmPath.wrap(delegate.parsePath(URI.create(path)));
        return EsmPath.wrap(delegate.parsePath(path));
    }

    private Path builtinPath(String id) {
        return EsmPath.wrap(delegate.parsePath(BUILTIN_DIR + id.replace("/", "%2F") + ".mjs"));
    }

    /**
     * Where a path GraalJS asks about really is: a bare-specifier marker becomes the file Node's
     * resolution picks (or the builtin's virtual file); anything else is itself.
     */
    private Path map(Path path) throws IOException {
        Path p = EsmPath.unwrap(path);
        String s = p.toString();
        int bare = s.indexOf("/" + EsmPath.BARE + "/");
        if (bare < 0) return p;
        String referrerDir = bare == 0 ? "/" : s.substring(0, bare);
        String request = s.substring(bare + EsmPath.BARE.length() + 2);
        String r;
        try {
            r = resolver.resolve(request, referrerDir, Resolver.IMPORT_CONDITIONS, null);
        } catch (NodeException e) {
            throw new NoSuchFileException(request, null, e.getMessage());
        }
        if (r == null) {
            throw new NoSuchFileException(request, null, "Cannot find package '" + request
                    + "' imported from " + referrerDir);
        }
        if (r.startsWith("node:")) return EsmPath.unwrap(builtinPath(r.substring(5)));
        return delegate.parsePath(r);
    }

    @Override
    public Path toRealPath(Path path, LinkOption... options) throws IOException {
        if (TRACE) System.err.println("toRealPath " + path);
        Path p = map(path);
        if (p.toString().startsWith(BUILTIN_DIR)) return EsmPath.wrap(p);
        return EsmPath.wrap(delegate.toRealPath(p, options));
    }

    @Override
    public Path toAbsolutePath(Path path) {
        Path p = EsmPath.unwrap(path);
        return p.toString().startsWith(BUILTIN_DIR) ? path : EsmPath.wrap(delegate.toAbsolutePath(p));
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options,
                                              FileAttribute<?>... attrs) throws IOException {
        if (TRACE) System.err.println("newByteChannel " + path);
        path = map(path);
        String s = path.toString();
        if (s.startsWith(BUILTIN_DIR)) {
            String id = s.substring(BUILTIN_DIR.length(), s.length() - 4).replace("%2F", "/");
            try {
                resolver.resolve("node:" + id, "/", Resolver.IMPORT_CONDITIONS, null);
            } catch (NodeException e) {   // import 'node:nope'
                throw new NoSuchFileException("node:" + id, null, e.getMessage());
            }
            return bytes(builtinFacade(id));
        }
        if (s.endsWith(".json")) return delegate.newByteChannel(path, options, attrs);   // engine parses JSON modules
        if ("commonjs".equals(resolver.format(s)) && !s.endsWith(".mjs")) {
            return bytes(cjsFacade(s, java.nio.file.Files.readString(path)));
        }
        return bytes(withImportMeta(s, java.nio.file.Files.readString(path)));
    }

    /**
     * Node's import.meta.filename/dirname/main/resolve, set on the module's first line so that line
     * numbers stay as in the file (a hashbang line is replaced, as the engine would skip it).
     */
    static String withImportMeta(String file, String source) {
        int slash = file.lastIndexOf('/');
        String dir = slash <= 0 ? "/" : file.substring(0, slash);
        String meta = "import.meta.filename=" + jsString(file) + ";import.meta.dirname=" + jsString(dir)
                + ";import.meta.main=import.meta.filename===globalThis[Symbol.for('node4j.mainFile')]"
                + ";import.meta.resolve=(s)=>globalThis[Symbol.for('node4j.importResolve')](s,import.meta.filename);";
        if (source.startsWith("#!")) {
            int nl = source.indexOf('\n');
            return meta + (nl < 0 ? "" : source.substring(nl));
        }
        return meta + source;
    }

    private String builtinFacade(String id) {
        StringBuilder b = new StringBuilder();
        b.append("const m = globalThis[Symbol.for('node4j.require')]('node:").append(id).append("');\n");
        b.append("export default m;\n");
        appendNamedExports(b, builtinExportNames.apply(id));
        return b.toString();
    }

    /**
     * A CommonJS file as an ES module, as Node shows it: default and 'module.exports' are its
     * module.exports; each name the lexer finds (here or in files it re-exports) is that
     * property's value, read once (a getter that throws gives undefined).
     */
    private String cjsFacade(String file, String source) {
        Set<String> names = new java.util.LinkedHashSet<>();
        cjsNames(file, source, names, new java.util.HashSet<>());
        names.remove("default");
        names.remove("module.exports");
        StringBuilder b = new StringBuilder();
        b.append("const m = globalThis[Symbol.for('node4j.require')](").append(jsString(file)).append(");\n");
        b.append("export default m;\nexport { m as \"module.exports\" };\n");
        if (names.isEmpty()) return b.toString();
        b.append("const get = (k) => { try { return m[k]; } catch { return undefined; } };\n");
        int i = 0;
        for (String n : names) {
            b.append("const e").append(i).append(" = get(").append(jsString(n)).append(");\n");
            b.append("export { e").append(i++).append(" as ").append(jsString(n)).append(" };\n");
        }
        return b.toString();
    }

    /** The names of {@code file} and of the CommonJS files it re-exports, once each. */
    private void cjsNames(String file, String source, Set<String> out, Set<String> seen) {
        if (!seen.add(file)) return;
        CjsExportNames.Scan scan = CjsExportNames.scan(source);
        out.addAll(scan.names());
        int slash = file.lastIndexOf('/');
        String dir = slash <= 0 ? "/" : file.substring(0, slash);
        for (String spec : scan.reexports()) {
            try {
                String r = resolver.resolve(spec, dir, Resolver.REQUIRE_CONDITIONS, null);
                if (r == null || r.startsWith("node:") || r.endsWith(".json") || r.endsWith(".mjs")
                        || !"commonjs".equals(resolver.format(r))) continue;
                cjsNames(r, java.nio.file.Files.readString(Path.of(r)), out, seen);
            } catch (NodeException | IOException e) {
                // Node's lexer skips a re-export it cannot resolve; require() reports it at run time
            }
        }
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
        if (TRACE) System.err.println("checkAccess " + path);
        Path p = map(path);
        if (p.toString().startsWith(BUILTIN_DIR)) return;
        delegate.checkAccess(p, modes, linkOptions);
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        delegate.createDirectory(EsmPath.unwrap(dir), attrs);
    }

    @Override
    public void delete(Path path) throws IOException {
        delegate.delete(EsmPath.unwrap(path));
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter) throws IOException {
        return delegate.newDirectoryStream(EsmPath.unwrap(dir), filter);
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        if (TRACE) System.err.println("readAttributes " + path + " " + attributes);
        return delegate.readAttributes(map(path), attributes, options);
    }

    @Override
    public void setCurrentWorkingDirectory(Path currentWorkingDirectory) {
        delegate.setCurrentWorkingDirectory(EsmPath.unwrap(currentWorkingDirectory));
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
