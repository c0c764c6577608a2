package dev.node4j.stream;

import dev.node4j.core.NodeModule;

import java.util.List;

/**
 * Node's {@code stream} family: Node streams ({@code Readable}, {@code Writable}, {@code Duplex},
 * {@code Transform}, pipeline, finished, operators), {@code stream/promises}, WHATWG streams
 * ({@code stream/web} and their globals) and {@code stream/consumers}.
 *
 * <p>All of it is JS: user code subclasses these classes, calls them with {@code this} and
 * observes every event synchronously, so the state machines must be JS objects. There is no
 * Java binding.
 */
public final class StreamModule implements NodeModule {

    @Override
    public String name() {
        return "stream";
    }

    @Override
    public List<String> ids() {
        return List.of(
                "stream", "stream/promises", "stream/web", "stream/consumers",
                "_stream_readable", "_stream_writable", "_stream_duplex", "_stream_transform",
                "_stream_passthrough",
                "internal/streams/legacy", "internal/streams/state", "internal/streams/utils",
                "internal/streams/destroy", "internal/streams/readable", "internal/streams/readable_props",
                "internal/streams/writable", "internal/streams/writable_props", "internal/streams/duplex",
                "internal/streams/duplexpair", "internal/streams/transform",
                "internal/streams/end_of_stream", "internal/streams/add_abort_signal",
                "internal/streams/from", "internal/streams/duplexify", "internal/streams/pipeline",
                "internal/streams/compose", "internal/streams/operators",
                "internal/webstreams/util", "internal/webstreams/readable", "internal/webstreams/byte",
                "internal/webstreams/writable", "internal/webstreams/transform",
                "internal/webstreams/pipe", "internal/webstreams/queuing", "internal/webstreams/text",
                "internal/webstreams/adapters", "internal/fs/streams");
    }

    @Override
    public List<GlobalSpec> globals() {
        // Node 25 installs every one of these as a non-enumerable global.
        String web = "stream/web";
        return List.of(
                GlobalSpec.of("ReadableStream", web, "ReadableStream"),
                GlobalSpec.of("ReadableStreamDefaultReader", web, "ReadableStreamDefaultReader"),
                GlobalSpec.of("ReadableStreamBYOBReader", web, "ReadableStreamBYOBReader"),
                GlobalSpec.of("ReadableStreamBYOBRequest", web, "ReadableStreamBYOBRequest"),
                GlobalSpec.of("ReadableByteStreamController", web, "ReadableByteStreamController"),
                GlobalSpec.of("ReadableStreamDefaultController", web, "ReadableStreamDefaultController"),
                GlobalSpec.of("WritableStream", web, "WritableStream"),
                GlobalSpec.of("WritableStreamDefaultWriter", web, "WritableStreamDefaultWriter"),
                GlobalSpec.of("WritableStreamDefaultController", web, "WritableStreamDefaultController"),
                GlobalSpec.of("TransformStream", web, "TransformStream"),
                GlobalSpec.of("TransformStreamDefaultController", web, "TransformStreamDefaultController"),
                GlobalSpec.of("ByteLengthQueuingStrategy", web, "ByteLengthQueuingStrategy"),
                GlobalSpec.of("CountQueuingStrategy", web, "CountQueuingStrategy"),
                GlobalSpec.of("TextEncoderStream", web, "TextEncoderStream"),
                GlobalSpec.of("TextDecoderStream", web, "TextDecoderStream"));
    }
}
