package dev.node4j.string_decoder;

import dev.node4j.core.NodeEnv;
import dev.node4j.core.NodeModule;

/**
 * Node's {@code string_decoder} module. Each decoder's state and decoding live in Java
 * ({@link NativeDecoder}), so a write() is one host call; the facade checks arguments.
 */
public final class StringDecoderModule implements NodeModule {
    @Override
    public String name() {
        return "string_decoder";
    }

    @Override
    public Object createBinding(NodeEnv env) {
        return new StringDecoderBinding();
    }
}
