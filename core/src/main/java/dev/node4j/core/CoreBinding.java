package dev.node4j.core;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * What the bootstrap JS reaches in Java: builtin lookup and compilation, module resolution,
 * source compilation for the CommonJS loader and ESM, the loop's timers and immediates, and
 * raw stdio. Internal to core: modules get their own bindings through {@link NodeModule}.
 */
public final class CoreBinding {
    private static final String CJS_WRAPPER = "(function (exports, require, module, __filename, __dirname) { ";

    private final NodeRuntime runtime;
    private final Resolver resolver;

    CoreBinding(NodeRuntime runtime, Resolver resolver) {
        this.runtime = runtime;
        this.resolver = resolver;
    }

    // ---- builtins --------------------------------------------------------------------------

    @HostAccess.Export
    public boolean isBuiltin(String id) {
        return runtime.registry().byId(id) != null;
    }

    /** Reachable only as node:<id> (node:test). */
    @HostAccess.Export
    public boolean isSchemeOnly(String id) {
        return runtime.registry().isSchemeOnly(id);
    }

    @HostAccess.Export
    public String[] builtinIds() {
        return runtime.registry().publicIds().toArray(String[]::new);
    }

    /** Globals to install lazily: flat array of [name, id, export, enumerable] quadruples. */
    @HostAccess.Export
    public Object[] globalSpecs() {
        var specs = runtime.registry().globals();
        Object[] out = new Object[specs.size() * 4];
        int i = 0;
        for (NodeModule.GlobalSpec g : specs) {
            out[i++] = g.name();
            out[i++] = g.id();
            out[i++] = g.export() == null ? "" : g.export();
            out[i++] = g.enumerable();
        }
        return out;
    }

    /** The facade function of builtin {@code id}: (exports, require, module, internalBinding). */
    @HostAccess.Export
    public Value compileBuiltin(String id) {
        NodeModule m = runtime.registry().byId(id);
        if (m == null) return null;
        return runtime.context().eval(SharedEngine.builtin(m, id));
    }

    @HostAccess.Export
    public Object binding(String name) {
        try {
            return runtime.env().binding(name);
        } catch (NodeException e) {
            throw runtime.env().toJs(e);
        }
    }

    // ---- loader ----------------------------------------------------------------------------

    /** Resolved path, "node:id", or null (not found). Package errors are thrown as Node errors. */
    @HostAccess.Export
    public String resolve(String request, String parentDir, String parentFile, boolean esm) {
        try {
            return resolver.resolve(request, parentDir, esm ? Resolver.IMPORT_CONDITIONS : Resolver.REQUIRE_CONDITIONS,
                    esm ? parentFile : null);
        } catch (NodeException e) {
            throw runtime.env().toJs(e);
        }
    }

    @HostAccess.Export
    public String format(String file) {
        return resolver.format(file);
    }

    @HostAccess.Export
    public String[] nodeModulePaths(String dir) {
        return Resolver.nodeModulePaths(dir).toArray(String[]::new);
    }

    /** The nearest package.json's "type", or "" — for {@code -e}/stdin format decisions. */
    @HostAccess.Export
    public String packageType(String dir) {
        Map<String, Object> pkg = resolver.packageScope(Path.of(dir));
        return pkg != null && pkg.get("type") instanceof String t ? t : "";
    }

    @HostAccess.Export
    public String readSource(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw runtime.env().toJs(new NodeException("Error", "ENOENT",
                    "ENOENT: no such file or directory, open '" + file + "'"));
        }
    }

    /** Compiles a CommonJS module body; line numbers match the file (the wrapper shares line 1). */
    @HostAccess.Export
    public Value compileCommonJs(String file, String content) {
        String body = content.startsWith("#!") ? "//" + content.substring(2) : content;
        Source src = Source.newBuilder("js", new File(file)).content(CJS_WRAPPER + body + "\n})")
                .cached(true).buildLiteral();
        return runtime.context().eval(src);
    }

    /** Evaluates an ES module file and returns its namespace. */
    @HostAccess.Export
    public Value evalModule(String file) {
        try {
            String text = EsmFileSystem.withImportMeta(file, Files.readString(Path.of(file), StandardCharsets.UTF_8));
            Source src = Source.newBuilder("js", new File(file)).content(text)
                    .mimeType("application/javascript+module").build();
            return runtime.context().eval(src);
        } catch (IOException e) {
            throw runtime.env().toJs(new NodeException("Error", "ERR_MODULE_NOT_FOUND",
                    "Cannot find module '" + file + "'"));
        }
    }

    /** Evaluates source text as an ES module named {@code name} (for -e with ESM input). */
    @HostAccess.Export
    public Value evalModuleText(String text, String name) {
        Source src = Source.newBuilder("js", text, name).mimeType("application/javascript+module").buildLiteral();
        return runtime.context().eval(src);
    }

    /** Evaluates source text as a classic script in the global scope. */
    @HostAccess.Export
    public Value evalScript(String text, String name) {
        return runtime.context().eval(Source.newBuilder("js", text, name).buildLiteral());
    }

    // ---- loop ------------------------------------------------------------------------------

    @HostAccess.Export
    public Object newTimer(Value target) {
        return runtime.loop().newTimer(target);
    }

    @HostAccess.Export
    public void startTimer(Object timer, double delay) {
        runtime.loop().startTimer((EventLoop.Timer) timer, (long) Math.ceil(delay));
    }

    /** Arms a timer for {@code duration} ms from {@code start} (loop clock ms, e.g. a Timeout's _idleStart). */
    @HostAccess.Export
    public void startTimerAt(Object timer, double duration, double start) {
        runtime.loop().startTimerAt((EventLoop.Timer) timer, (long) Math.ceil(duration), (long) start);
    }

    @HostAccess.Export
    public void stopTimer(Object timer) {
        runtime.loop().stopTimer((EventLoop.Timer) timer);
    }

    @HostAccess.Export
    public void refTimer(Object timer, boolean ref) {
        runtime.loop().refTimer((EventLoop.Timer) timer, ref);
    }

    @HostAccess.Export
    public Object addImmediate(Value target) {
        return runtime.loop().addImmediate(target);
    }

    @HostAccess.Export
    public void clearImmediate(Object immediate) {
        runtime.loop().clearImmediate((EventLoop.Immediate) immediate);
    }

    @HostAccess.Export
    public void refImmediate(Object immediate, boolean ref) {
        runtime.loop().refImmediate((EventLoop.Immediate) immediate, ref);
    }

    /** The loop's cached time in ms (what timers are scheduled against). */
    @HostAccess.Export
    public double loopNow() {
        return runtime.loop().now();
    }

    /** Monotonic ms since the runtime started, with sub-ms precision. */
    @HostAccess.Export
    public double hrNow() {
        return runtime.loop().hrNowMillis();
    }

    // ---- stdio -----------------------------------------------------------------------------

    @HostAccess.Export
    public void writeString(int fd, String s) {
        runtime.output(fd).write(s);
    }

    @HostAccess.Export
    public String nodeVersion() {
        return NodeRuntime.NODE_VERSION;
    }

    @HostAccess.Export
    public String cwd() {
        return runtime.cwd();
    }
}
