package dev.node4j.fs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import dev.node4j.core.NodeEnv;
import dev.node4j.fs.glob.GlobWalker;

/**
 * One fs.glob / globSync / fsPromises.glob walk as the facade drives it. Results cross to JS as
 * flat arrays: paths, or (name, parentPath, type, fromStats) quadruples for withFileTypes
 * (four nulls for an entry that vanished).
 */
public final class GlobHandle {
    private final FsBinding binding;
    private final GlobWalker walker;

    GlobHandle(FsBinding binding, NodeEnv env, List<String> patterns, String root, List<String> exclude,
            Value excludeFn, boolean withFileTypes, boolean sync) {
        this.binding = binding;
        GlobWalker.ExcludeFn fn = excludeFn == null || excludeFn.isNull() ? null
                : (path, e) -> e == null ? excludeFn.execute(path).asBoolean()
                        : excludeFn.execute(null, e.name(), e.parentPath(), e.type(), e.fromStats()).asBoolean();
        this.walker = new GlobWalker(new NioFs(env), env.cwd(), patterns, root, exclude, fn, withFileTypes, sync);
    }

    /** globSync: the whole walk now. */
    @HostAccess.Export
    public Object[] all() {
        return (Object[]) binding.run(null, () -> flat(walker.all()));
    }

    @HostAccess.Export
    public boolean done() {
        return walker.done();
    }

    /** One step of the walk: now (no callback), or on the pool calling back {@code cb(err, flat)}. */
    @HostAccess.Export
    public Object step(Value cb) {
        return binding.run(cb, () -> flat(walker.step()));
    }

    private static Object[] flat(List<Object> results) {
        List<Object> out = new ArrayList<>();
        for (Object r : results) {
            if (r instanceof GlobWalker.Entry e) {
                out.addAll(Arrays.asList(e.name(), e.parentPath(), e.type(), e.fromStats()));
            } else if (r == null) {
                out.addAll(Arrays.asList(null, null, null, null));
            } else {
                out.add(r);
            }
        }
        return out.toArray();
    }

    /** lstat and readdir over NIO; relative paths against the runtime's cwd, children in strcmp order. */
    private record NioFs(NodeEnv env) implements GlobWalker.Fs {
        @Override
        public Integer lstatType(String path) throws IOException {
            try {
                Path p = env.resolvePath(path);
                int mode = ((Number) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS)).intValue();
                return StatReader.typeOfMode(mode);
            } catch (IOException | RuntimeException e) {
                return null;   // as Node's glob: any lstat failure means "not there"
            }
        }

        @Override
        public List<Map.Entry<String, Integer>> readdir(String path) throws IOException {
            List<Map.Entry<String, Integer>> out = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(env.resolvePath(path))) {
                for (Path entry : ds) {
                    out.add(new AbstractMap.SimpleImmutableEntry<>(entry.getFileName().toString(),
                            StatReader.direntType(entry)));
                }
            }
            out.sort((a, b) -> Arrays.compareUnsigned(a.getKey().getBytes(StandardCharsets.UTF_8),
                    b.getKey().getBytes(StandardCharsets.UTF_8)));
            return out;
        }
    }
}
