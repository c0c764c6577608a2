package dev.node4j.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Source;

/**
 * The one GraalJS {@link Engine} of the process, shared by every context so that parsed and
 * compiled code is reused, and the cache of builtin {@link Source}s (same Source object, same
 * cached code in every context).
 */
public final class SharedEngine {
    private static volatile Engine engine;
    private static final Map<String, Source> SOURCES = new ConcurrentHashMap<>();

    /** What JS may touch on host objects: only {@code @HostAccess.Export} members, plus buffers and arrays. */
    static final HostAccess HOST_ACCESS = HostAccess.newBuilder(HostAccess.EXPLICIT)
            .allowAccessInheritance(true)
            .allowArrayAccess(true)
            .allowListAccess(true)
            .allowBufferAccess(true)
            .allowIterableAccess(true)
            .allowIteratorAccess(true)
            .build();

    private SharedEngine() {
    }

    public static Engine get() {
        Engine e = engine;
        if (e == null) {
            synchronized (SharedEngine.class) {
                e = engine;
                if (e == null) {
                    e = Engine.newBuilder("js")
                            .option("engine.WarnInterpreterOnly", "false")
                            // Diagnosis: lets -Dpolyglot.engine.<experimental option> through.
                            .allowExperimentalOptions(Boolean.getBoolean("node4j.experimentalOptions"))
                            .build();
                    engine = e;
                }
            }
        }
        return e;
    }

    /** A class-path resource as a cached Source named {@code node:<name>} (stack traces say so). */
    static Source resource(Class<?> anchor, String resource, String name) {
        return SOURCES.computeIfAbsent(resource + "@" + anchor.getName(), k -> {
            try (InputStream in = anchor.getResourceAsStream(resource)) {
                if (in == null) throw new IllegalStateException("missing resource " + resource);
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return Source.newBuilder("js", text, name).cached(true).build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A builtin facade wrapped as a function of (exports, require, module, internalBinding). */
    static Source builtin(NodeModule m, String id) {
        return SOURCES.computeIfAbsent("builtin:" + id + "@" + m.name(), k -> {
            String resource = m.resource(id);
            try (InputStream in = m.resourceAnchor().getResourceAsStream(resource)) {
                if (in == null) throw new IllegalStateException("module " + m.name() + " has no resource " + resource);
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                String wrapped = "(function (exports, require, module, internalBinding) {" + text + "\n})";
                return Source.newBuilder("js", wrapped, "node:" + id).cached(true).build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
