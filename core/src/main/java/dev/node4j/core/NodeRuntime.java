package dev.node4j.core;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;

/**
 * One Node-like context: its own globals, module cache, {@code process} and event loop, on the
 * process-wide shared engine. Use it from one thread at a time.
 *
 * <pre>{@code
 * try (NodeRuntime node = NodeRuntime.builder().cwd(dir).args("app.js", "--port", "8080").build()) {
 *     int exitCode = node.runMain("app.js");
 * }
 * }</pre>
 */
public final class NodeRuntime implements AutoCloseable {
    /** The Node release whose behaviour node4j follows (process.version). */
    public static final String NODE_VERSION = "v25.8.1";
    public static final String NODE4J_VERSION = "0.1.0";

    private final NodeOptions options;
    private final ModuleRegistry registry;
    private final Context context;
    private final EventLoop loop;
    private final NodeEnv env;
    private final Output stdout;
    private final Output stderr;
    private final Value hooks;
    // The hooks the loop calls per callback, looked up once: Value.invokeMember goes through
    // GraalJS's uncached member-invoke path on every call (~1-3 us, most of a timer's cost).
    private final Value fireHook;
    private final Value runTicksHook;
    private final ByteBuffer drainFlag = ByteBuffer.allocate(4);
    private final Resolver resolver;
    private Integer exited;
    private Path cwd;

    /** NODE4J_TRACE_STARTUP=1 (or --trace-startup) prints where start-up time goes, to stderr. */
    static final boolean TRACE_STARTUP = System.getenv("NODE4J_TRACE_STARTUP") != null
            || Boolean.getBoolean("node4j.traceStartup");
    private final StartupTrace trace = new StartupTrace(TRACE_STARTUP);

    private NodeRuntime(NodeOptions options, ModuleRegistry registry) {
        trace.mark("runtime requested");
        this.options = options;
        this.registry = registry;
        this.cwd = options.cwd();
        this.stdout = new Output(options.stdout(), false);
        this.stderr = new Output(options.stderr(), true);
        this.stderr.sibling = stdout;
        this.loop = new EventLoop(new Dispatcher());
        this.env = new NodeEnv(this);
        this.resolver = new Resolver(registry::isPublic, id -> registry.isPublic(id) || registry.isSchemeOnly(id));
        HashSet<String> ids = new HashSet<>(registry.publicIds());
        var engine = SharedEngine.get();
        trace.mark("engine ready");
        this.context = Context.newBuilder("js")
                .engine(engine)
                .allowHostAccess(SharedEngine.HOST_ACCESS)
                .allowIO(IOAccess.newBuilder().fileSystem(
                        new EsmFileSystem(resolver, ids, this::builtinExportNames)).build())
                .allowExperimentalOptions(true)
                .option("js.esm-eval-returns-exports", "true")
                .option("js.esm-bare-specifier-relative-lookup", "true")
                .option("js.unhandled-rejections", "handler")
                .option("js.shell", "true")
                .option("js.ecmascript-version", "staging")
                .option("js.intl-402", "true")
                .option("js.stack-trace-api", "true")
                // Debug.className/Debug.class: unspoofable brand checks without a thrown TypeError
                // per check (internal/core classOf); hidden by bootstrap.js like Realm.
                .option("js.debug-builtin", "true")
                .option("js.v8-realm-builtin", "true") // new realms for vm contexts; hidden by bootstrap.js
                // Function bodies become Truffle nodes on first call: most of a facade never runs.
                .option("js.lazy-translation", "true")
                .currentWorkingDirectory(options.cwd())
                .out(options.stdout())
                .err(options.stderr())
                .in(options.stdin())
                .build();
        trace.mark("context created");
        if (trace.on()) {   // GraalJS makes the realm on first use: apart from bootstrap.js when tracing
            context.eval("js", "");
            trace.mark("realm created");
        }
        CoreBinding core = new CoreBinding(this, resolver);
        Value bootstrap = context.eval(SharedEngine.resource(NodeRuntime.class, "/node4j/core/bootstrap.js", "node:internal/bootstrap"));
        this.hooks = bootstrap.execute(core);
        this.fireHook = hooks.getMember("fire");
        this.runTicksHook = hooks.getMember("runTicks");
        env.setHooks(hooks);
        trace.mark("bootstrap evaluated");
    }

    public static Builder builder() {
        return new Builder();
    }

    NodeOptions options() {
        return options;
    }

    ModuleRegistry registry() {
        return registry;
    }

    Context context() {
        return context;
    }

    EventLoop loop() {
        return loop;
    }

    NodeEnv env() {
        return env;
    }

    StartupTrace trace() {
        return trace;
    }

    /** The current directory of this runtime (process.cwd(); process.chdir changes only it). */
    String cwd() {
        return cwd.toString();
    }

    void chdir(Path dir) {
        this.cwd = dir.toAbsolutePath().normalize();
    }

    Output output(int fd) {
        return fd == 2 ? stderr : stdout;
    }

    /** Runs a program file as Node's main module (CommonJS or ESM), then the event loop. */
    public int runMain(String file) {
        return run(() -> hooks.invokeMember("runMain", file));
    }

    /** Runs source text as Node's {@code -e} (or {@code -p} when {@code print}), then the loop. */
    public int runEval(String code, boolean print) {
        return runEval(code, print, false);
    }

    /** As {@link #runEval(String, boolean)}; with {@code module} the code is an ES module ({@code --input-type=module}). */
    public int runEval(String code, boolean print, boolean module) {
        return run(() -> hooks.invokeMember("runEval", code, print, module));
    }

    /**
     * Evaluates {@code code} in the global scope and drains ticks and promise jobs, without
     * running the event loop (for embedders that call into JS themselves).
     */
    public Value eval(String code) {
        Value v = hooks.invokeMember("evalScript", code);
        drainTicks();
        return v;
    }

    /** Runs the event loop until nothing keeps it alive; returns the exit code. */
    public int runLoop() {
        return run(() -> { });
    }

    /** The exit code once the program has ended (process.exit or loop drained), else null. */
    public Integer exitCode() {
        return exited;
    }

    private int run(Runnable start) {
        if (exited != null) return exited;
        try {
            loop.updateNow();
            call(start);
            trace.mark("main script done");
            while (true) {
                loop.run();
                call(() -> hooks.invokeMember("beforeExit"));
                if (!loop.alive()) break;
            }
            int code;
            try {
                code = hooks.invokeMember("emitExit").asInt();
            } catch (PolyglotException e) {
                uncaught(e);   // process.exit() in an 'exit' listener ends here; an error is fatal
                code = hooks.invokeMember("emitExit").asInt();   // unless a listener took it
            }
            exited = code;
        } catch (ExitSignal e) {
            exited = e.code;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exited = 130;
        } finally {
            trace.mark("event loop done");
            stdout.flush();
            stderr.flush();
            trace.print(options.stderr());
        }
        return exited;
    }

    /** Runs a macrotask, routing its exception to Node's uncaught-exception handling. */
    private void call(Runnable task) {
        try {
            task.run();
        } catch (PolyglotException e) {
            uncaught(e);
        }
        drainTicks();
    }

    /**
     * After a macrotask: nextTick queue, then promise jobs (on return), until both are empty.
     * bootstrap.js keeps {@link #drainFlag} at 1 while ticks or unhandled rejections may wait.
     */
    private void drainTicks() {
        while (drainFlag.getInt(0) != 0) {
            try {
                runTicksHook.execute();
            } catch (PolyglotException e) {
                uncaught(e);
            }
        }
    }

    /** The buffer behind bootstrap.js's drain flag (one int, written by JS on the loop thread). */
    ByteBuffer drainFlag() {
        return drainFlag;
    }

    private void uncaught(PolyglotException e) {
        if (e.isExit()) throw new ExitSignal(e.getExitStatus());
        if (e.isCancelled() || e.isInterrupted()) throw e;
        if (e.isGuestException()) {
            boolean handled;
            try {
                handled = hooks.invokeMember("uncaught", e.getGuestObject(), UncaughtErrors.prepare(e, resolver)).asBoolean();
            } catch (PolyglotException inner) {
                if (inner.isExit()) throw new ExitSignal(inner.getExitStatus());
                // The uncaughtException handler itself threw: Node prints it and exits with 7.
                hooks.invokeMember("printUncaught", inner.getGuestObject(), UncaughtErrors.prepare(inner, resolver));
                throw new ExitSignal(exitAfterFatal(7));
            }
            if (!handled) throw new ExitSignal(exitAfterFatal(1));
            return;
        }
        // A bug on the Java side (a binding threw a Java exception): never swallow it.
        StringWriter sw = new StringWriter();
        e.printStackTrace(new PrintWriter(sw));
        stderr.write("node4j internal error: " + sw);
        throw new ExitSignal(exitAfterFatal(70));
    }

    /** Emits 'exit' after a fatal error; a handler may call process.exit with another code. */
    private int exitAfterFatal(int code) {
        try {
            return hooks.invokeMember("emitExit", code).asInt();
        } catch (PolyglotException e) {
            if (e.isExit()) return e.getExitStatus();
            return code;
        }
    }

    /** Names a builtin exports, for the ESM facade of {@code import {x} from 'node:id'}. */
    private List<String> builtinExportNames(String id) {
        Value names = hooks.invokeMember("builtinExportNames", id);
        List<String> out = new ArrayList<>();
        for (long i = 0; i < names.getArraySize(); i++) out.add(names.getArrayElement(i).asString());
        return out;
    }

    @Override
    public void close() {
        loop.stop();
        env.closeBindings();
        loop.closeSelector();
        stdout.flush();
        stderr.flush();
        context.close(true);
    }

    /** Unwinds the loop when the program ends (process.exit or a fatal error). */
    static final class ExitSignal extends RuntimeException {
        final int code;

        ExitSignal(int code) {
            super(null, null, false, false);
            this.code = code;
        }
    }

    private final class Dispatcher implements EventLoop.Dispatcher {
        @Override
        public void fire(Object target) {
            call(() -> fireHook.execute(target));
        }

        @Override
        public void run(Runnable task) {
            call(task);
        }

        @Override
        public void idle() {
            stdout.flush();
            stderr.flush();
        }
    }

    /** Builds a {@link NodeRuntime}; every setting has Node's default. */
    public static final class Builder {
        private Path cwd = Path.of("").toAbsolutePath();
        private List<String> args = List.of();
        private List<String> execArgv = List.of();
        private Map<String, String> env = new LinkedHashMap<>(System.getenv());
        private InputStream stdin = System.in;
        private OutputStream stdout = System.out;
        private OutputStream stderr = System.err;
        private String execPath = "node4j";
        private ModuleRegistry registry;

        public Builder cwd(Path dir) {
            this.cwd = dir.toAbsolutePath().normalize();
            return this;
        }

        /** The script path and its arguments (process.argv without execPath). */
        public Builder args(String... args) {
            this.args = List.of(args);
            return this;
        }

        public Builder args(List<String> args) {
            this.args = List.copyOf(args);
            return this;
        }

        public Builder execArgv(List<String> execArgv) {
            this.execArgv = List.copyOf(execArgv);
            return this;
        }

        public Builder env(Map<String, String> env) {
            this.env = new LinkedHashMap<>(env);
            return this;
        }

        public Builder stdin(InputStream in) {
            this.stdin = in;
            return this;
        }

        public Builder stdout(OutputStream out) {
            this.stdout = out;
            return this;
        }

        public Builder stderr(OutputStream err) {
            this.stderr = err;
            return this;
        }

        public Builder execPath(String execPath) {
            this.execPath = execPath;
            return this;
        }

        /** The builtin modules; default: every module on the class path. */
        public Builder modules(ModuleRegistry registry) {
            this.registry = registry;
            return this;
        }

        public NodeRuntime build() {
            List<String> argv = new ArrayList<>();
            argv.add(execPath);
            argv.addAll(args);
            NodeOptions o = new NodeOptions(cwd, List.copyOf(argv), execArgv, env, stdin, stdout, stderr, execPath, true);
            return new NodeRuntime(o, registry != null ? registry : DefaultRegistry.get());
        }
    }

    /** The class-path registry, found once per class loader. */
    private static final class DefaultRegistry {
        private static final ModuleRegistry INSTANCE = ModuleRegistry.fromClassPath();

        static ModuleRegistry get() {
            return INSTANCE;
        }
    }
}
