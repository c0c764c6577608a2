package dev.node4j.process;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.ThreadLocalAction;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.TruffleContext;
import com.oracle.truffle.api.instrumentation.TruffleInstrument;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Reads the guest stack of a context's thread where it stands, without unwinding it (the
 * polyglot API only offers Context.interrupt, which runs finally blocks and reports where the
 * unwinding last stopped). Registered by {@link StackInstrumentProvider}; the engine creates it on
 * the first lookup of {@link Stacks}.
 */
public final class StackInstrument extends TruffleInstrument {
    static final String ID = "node4j-stack";
    private static final String MODULE_MIME = "application/javascript+module";

    @Override
    protected void onCreate(Env env) {
        env.registerService(new Stacks(env));
    }

    /** The service: what a binding calls. */
    public static final class Stacks {
        private final Env env;

        Stacks(Env env) {
            this.env = env;
        }

        /** The context the calling thread is in (call from a binding method, on the JS thread). */
        public TruffleContext enteredContext() {
            return env.getEnteredContext();
        }

        /**
         * At the thread's next guest safepoint (while it runs JS in that context), passes its
         * stack, innermost first, to {@code sink} on that thread. Nothing happens while the
         * thread runs no JS.
         */
        public Future<Void> onStack(TruffleContext context, Thread thread, Consumer<List<Frame>> sink) {
            return env.submitThreadLocal(context, new Thread[] {thread},
                    new ThreadLocalAction(true, false) {
                        @Override
                        protected void perform(Access access) {
                            sink.accept(frames(access.getLocation()));
                        }
                    });
        }
    }

    /** A guest frame: function name ("" when anonymous), source name, 1-based line and column. */
    public record Frame(String function, String source, int line, int column) {
    }

    private static List<Frame> frames(Node location) {
        List<Frame> out = new ArrayList<>();
        add(out, location, true);
        Truffle.getRuntime().iterateFrames(f -> {
            add(out, f.getCallNode(), out.isEmpty());
            return null;
        }, 1);
        return out;
    }

    /**
     * Adds node's frame unless it is internal (a builtin). The innermost frame is placed as V8
     * places an interrupt: at the enclosing loop (checked at each back-edge), else where it stood.
     */
    private static void add(List<Frame> out, Node node, boolean innermost) {
        if (node == null) return;
        if (innermost) node = enclosingLoop(node);
        RootNode root = node.getRootNode();
        SourceSection at = node.getEncapsulatingSourceSection();
        if (root == null || root.isInternal() || at == null || !at.isAvailable()) return;
        String name = root.getName();
        if (name == null || name.startsWith(":")) name = "";   // :program, :anonymous
        out.add(new Frame(name, sourceName(at.getSource()), at.getStartLine(), at.getStartColumn()));
    }

    /** A file's path, as a file: URL for an ES module (as V8 names them), else the source's name. */
    private static String sourceName(Source source) {
        String path = source.getPath();
        if (path == null) return source.getName();
        return MODULE_MIME.equals(source.getMimeType()) ? Path.of(path).toUri().toString() : path;
    }

    private static Node enclosingLoop(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof LoopNode) return n;
        }
        return node;
    }
}
