package dev.node4j.zlib;

import java.util.List;

import dev.node4j.core.NodeEnv;
import dev.node4j.core.NodeModule;

/** Node's {@code zlib} module and the web {@code CompressionStream}/{@code DecompressionStream} globals. */
public final class ZlibModule implements NodeModule {
    @Override
    public String name() {
        return "zlib";
    }

    @Override
    public List<String> ids() {
        return List.of("zlib", "internal/zlib_constants", "internal/zlib_base", "internal/zlib_webstreams");
    }

    @Override
    public Object createBinding(NodeEnv env) {
        return new ZlibBinding(env);
    }

    @Override
    public List<GlobalSpec> globals() {
        return List.of(GlobalSpec.of("CompressionStream", "internal/zlib_webstreams", "CompressionStream"),
                GlobalSpec.of("DecompressionStream", "internal/zlib_webstreams", "DecompressionStream"));
    }
}
