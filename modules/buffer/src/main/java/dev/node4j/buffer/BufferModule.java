package dev.node4j.buffer;

import java.util.List;

import dev.node4j.core.NodeEnv;
import dev.node4j.core.NodeModule;

/** Node's {@code buffer} module and its globals (Buffer, atob, btoa, Blob, File, TextEncoder, TextDecoder). */
public final class BufferModule implements NodeModule {
    @Override
    public String name() {
        return "buffer";
    }

    @Override
    public List<String> ids() {
        return List.of("buffer", "internal/buffer_encodings", "internal/buffer_proto", "internal/buffer_numbers",
                "internal/buffer_text", "internal/buffer_blob", "internal/buffer_java");
    }

    @Override
    public Object createBinding(NodeEnv env) {
        return new BufferBinding(env);
    }

    @Override
    public List<GlobalSpec> globals() {
        // Enumerability as on Node 25: only atob and btoa are enumerable.
        return List.of(
                GlobalSpec.of("Buffer", "buffer", "Buffer"),
                GlobalSpec.enumerable("atob", "buffer", "atob"),
                GlobalSpec.enumerable("btoa", "buffer", "btoa"),
                GlobalSpec.of("Blob", "buffer", "Blob"),
                GlobalSpec.of("File", "buffer", "File"),
                GlobalSpec.of("TextEncoder", "internal/buffer_text", "TextEncoder"),
                GlobalSpec.of("TextDecoder", "internal/buffer_text", "TextDecoder"));
    }
}
