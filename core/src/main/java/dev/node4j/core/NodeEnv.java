package dev.node4j.core;

import java.util.HashMap;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * What a module's Java binding gets from its runtime: the event loop, the options, and the
 * one way back into JS ({@link #invoke}) and to raise Node errors ({@link #toJs}).
 * Methods other than {@link EventLoop#post} and {@link EventLoop#submit}'s work run on the
 * context's thread only.
 */
public final class NodeEnv {
    private final NodeRuntime runtime;
    private final Map<String, Object> bindings = new HashMap<>();
    Value hooks;   // set once the bootstrap has run
    private Value invokeHook;   // hooks.invoke, looked up once (see NodeRuntime's fireHook)

    NodeEnv(NodeRuntime runtime) {
        this.runtime = runtime;
    }

    void setHooks(Value hooks) {
        this.hooks = hooks;
        this.invokeHook = hooks.getMember("invoke");
    }

    public EventLoop loop() {
        return runtime.loop();
    }

    public NodeOptions options() {
        return runtime.options();
    }

    public Context context() {
        return runtime.context();
    }

    public ModuleRegistry registry() {
        return runtime.registry();
    }

    /** The runtime's current directory (process.cwd()). */
    public String cwd() {
        return runtime.cwd();
    }

    /** Changes the runtime's current directory; the caller has checked that it exists. */
    public void chdir(java.nio.file.Path dir) {
        runtime.chdir(dir);
    }

    /** Resolves a user-given path against the runtime's current directory. */
    public java.nio.file.Path resolvePath(String path) {
        return java.nio.file.Path.of(runtime.cwd()).resolve(path);
    }

    /** Writes to the runtime's stdout (fd 1) or stderr (fd 2), buffered as the runtime flushes. */
    public void write(int fd, byte[] bytes, int off, int len) {
        runtime.output(fd).write(bytes, off, len);
    }

    /** Writes out what stdout and stderr hold buffered (before the process ends abruptly). */
    public void flush() {
        runtime.output(1).flush();
        runtime.output(2).flush();
    }

    /**
     * Calls a JS callback from a completion: runs {@code fn(...args)}, then the nextTick queue;
     * promise jobs drain when the outermost call returns. Use it for every callback from Java.
     */
    public void invoke(Value fn, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = fn;
        System.arraycopy(args, 0, all, 1, args.length);
        invokeHook.execute(all);
    }

    /** The JS error for {@code e} (Node's class, code and message), to pass to a callback. */
    public Value newError(NodeException e) {
        return hooks.invokeMember("makeError", e.jsClass(), e.code(), e.getMessage());
    }

    /** A Node system error (ENOENT, ...) with errno, code, syscall, path and dest. */
    public Value systemError(String code, String syscall, String path, String dest) {
        return hooks.invokeMember("systemError", code, syscall, path, dest);
    }

    /** Throws {@code e} into JS as the Node error; declared to return so callers can {@code throw}. */
    public RuntimeException toJs(NodeException e) {
        hooks.invokeMember("throwError", newError(e));
        throw new IllegalStateException("unreachable");
    }

    /** Throws a JS error value into the calling JS code. */
    public RuntimeException throwValue(Value error) {
        hooks.invokeMember("throwError", error);
        throw new IllegalStateException("unreachable");
    }

    /** The binding of module {@code name} in this runtime, created on first use. */
    Object binding(String name) {
        Object b = bindings.get(name);
        if (b == null && !bindings.containsKey(name)) {
            NodeModule m = runtime.registry().byName(name);
            if (m == null) throw new NodeException("Error", "ERR_INVALID_ARG_VALUE", "No such binding: " + name);
            b = m.createBinding(this);
            bindings.put(name, b);
        }
        return b;
    }

    /**
     * Closes the bindings that hold resources beyond the context (sockets, say): those that are
     * {@link AutoCloseable}. Called when the runtime closes; a failure in one does not stop the rest.
     */
    void closeBindings() {
        for (Object b : bindings.values()) {
            if (b instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception e) {
                    // the context is going away: nothing left to report it to
                }
            }
        }
    }
}
