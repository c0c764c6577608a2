package dev.node4j.string_decoder;

import org.graalvm.polyglot.HostAccess;

/** Makes the Java side of each StringDecoder (one per JS instance, its state kept there). */
public final class StringDecoderBinding {
    /** A decoder for one of {@link dev.node4j.buffer.Encodings}' codes. */
    @HostAccess.Export
    public NativeDecoder create(int enc) {
        return new NativeDecoder(enc);
    }
}
