package dev.node4j.string_decoder;

import dev.node4j.core.NodeModule;

/**
 * Node's {@code string_decoder} module. Its facade keeps the few bytes of a character split
 * across writes; decoding itself goes through Buffer, whose long inputs are decoded in Java.
 */
public final class StringDecoderModule implements NodeModule {
    @Override
    public String name() {
        return "string_decoder";
    }
}
