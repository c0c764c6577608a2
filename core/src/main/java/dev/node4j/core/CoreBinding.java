package dev.node4j.core;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;

/**
 * What the bootstrap JS reaches in Java: builtin lookup and compilation, module resolution,
 * source compilation for the CommonJS loader and ESM, the loop's timers and immediates, and
 * raw stdio. Internal to core: modules get their own bindings through {@link NodeModule}.
 */
public final class CoreBinding {
    /** Wraps a CommonJS module body; it shares line 1 with the body (NodeRuntime strips it from excerpts). */
    static final String CJS_WRAPPER = "(function (exports, require, module, __filename, __dirname) { ";

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
    /** --trace-startup is on: requireBuiltin reports each builtin's load time. */
    @HostAccess.Export
    public boolean traceStartup() {
        return runtime.trace().on();
    }

    @HostAccess.Export
    public double traceBuiltinStart() {
        return runtime.trace().builtinStart();
    }

    @HostAccess.Export
    public void traceBuiltinDone(String id, double start) {
        runtime.trace().builtinDone(id, (long) start);
    }

    @HostAccess.Export
    public Value compileBuiltin(String id) {
        NodeModule m = runtime.registry().byId(id);
        if (m == null) return null;
        StartupTrace trace = runtime.trace();
        long start = trace.cpuNow();
        Value fn = runtime.context().eval(SharedEngine.builtin(m, id));
        trace.compiled(start);
        return fn;
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
            // Node names the importing file in errors of ESM resolution and, in CommonJS, of "#" imports only.
            return resolver.resolve(request, parentDir, esm ? Resolver.IMPORT_CONDITIONS : Resolver.REQUIRE_CONDITIONS,
                    esm || request.startsWith("#") ? parentFile : null);
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
        return eval(src, body, CJS_WRAPPER.length());
    }

    /** Evaluates {@code src} (made from {@code text} behind {@code shift} wrapper characters) with Node's parse errors. */
    private Value eval(Source src, String text, int shift) {
        try {
            return runtime.context().eval(src);
        } catch (PolyglotException e) {
            throw withNodeMessage(e, src, text, shift);
        }
    }

    /**
     * A parse error of {@code src} with Node's message instead of GraalJS's (SyntaxMessages);
     * any other exception unchanged. The guest SyntaxError object itself is edited, so JS
     * catches the same object.
     */
    private static PolyglotException withNodeMessage(PolyglotException e, Source src, String text, int shift) {
        Value err = e.getGuestObject();
        if (!e.isSyntaxError() || err == null || !err.hasMembers()) return e;
        Value message = err.getMember("message");
        if (message == null || !message.isString() || !message.asString().startsWith(src.getName() + ":")) return e;
        String old = message.asString();
        String now = SyntaxMessages.toNode(old, text, shift);
        err.putMember("message", now);
        Value stack = err.getMember("stack");
        if (stack != null && stack.isString()) err.putMember("stack", stack.asString().replace(old, now));
        return e;
    }

    /** How far the wrapper shifts columns on line 1 of a CommonJS module (stack frames count it). */
    @HostAccess.Export
    public int cjsFirstLineShift() {
        return CJS_WRAPPER.length();
    }

    /**
     * Line {@code line} of the source of the first frame of {@code error}'s stack whose call covers
     * {@code line:column}, or null: the engine keeps the text of eval'd and Function code too.
     */
    @HostAccess.Export
    public String frameSourceLine(Value error, int line, int column) {
        if (!error.isException()) return null;
        try {
            error.throwException();
        } catch (PolyglotException e) {
            for (PolyglotException.StackFrame f : e.getPolyglotStackTrace()) {
                SourceSection s = f.isGuestFrame() ? f.getSourceLocation() : null;
                if (s != null && s.isAvailable() && s.getStartLine() == line && s.getStartColumn() <= column
                        && (s.getEndLine() > line || column <= s.getEndColumn())) {
                    return s.getSource().getCharacters(line).toString();
                }
            }
        }
        return null;
    }

    /**
     * For an unhandled rejection's reason, before listeners see it: V8's words if the engine made
     * it; returns the source header Node prints above it when fatal ("" if none).
     */
    @HostAccess.Export
    public String prepareRejection(Value reason) {
        return UncaughtErrors.prepareRejection(reason, resolver);
    }

    /** Evaluates an ES module file and returns its namespace. */
    @HostAccess.Export
    public Value evalModule(String file) {
        try {
            String text = EsmFileSystem.withImportMeta(file, Files.readString(Path.of(file), StandardCharsets.UTF_8));
            Source src = Source.newBuilder("js", new File(file)).content(text)
                    .mimeType("application/javascript+module").build();
            return eval(src, text, 0);
        } catch (IOException e) {
            throw runtime.env().toJs(new NodeException("Error", "ERR_MODULE_NOT_FOUND",
                    "Cannot find module '" + file + "'"));
        }
    }

    /**
     * Evaluates source text as an ES module at path {@code file} (need not exist; for -e with ESM
     * input): its imports resolve from that file's folder.
     */
    @HostAccess.Export
    public Value evalModuleText(String text, String file) {
        Source src = Source.newBuilder("js", new File(file)).content(text)
                .mimeType("application/javascript+module").buildLiteral();
        return eval(src, text, 0);
    }

    /** Evaluates source text as a classic script in the global scope. */
    @HostAccess.Export
    public Value evalScript(String text, String name) {
        Source src = Source.newBuilder("js", text, name).buildLiteral();
        return eval(src, text, 0);
    }

    // ---- loop ------------------------------------------------------------------------------

    /** bootstrap.js's drain flag: one int Java reads after each callback (see NodeRuntime). */
    @HostAccess.Export
    public ByteBuffer drainFlag() {
        return runtime.drainFlag();
    }

    @HostAccess.Export
    public Object newTimer(Value target) {
        return runtime.loop().newTimer(target);
    }

    /** Arms a timer for {@code delay} ms (a fraction rounds up) from now; returns now (loop clock ms): one call, not two. */
    @HostAccess.Export
    public double startTimer(Object timer, double delay) {
        return runtime.loop().startTimer((EventLoop.Timer) timer, (long) Math.ceil(delay));
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

    /** Kinds of the loop's named pending requests (process.getActiveResourcesInfo). */
    @HostAccess.Export
    public String[] activeRequests() {
        return runtime.loop().activeRequests().toArray(String[]::new);
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
