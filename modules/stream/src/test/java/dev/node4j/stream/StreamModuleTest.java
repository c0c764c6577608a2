package dev.node4j.stream;

import dev.node4j.core.NodeModule;
import dev.node4j.core.NodeRuntime;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class StreamModuleTest {

    /** Runs a script to completion (event loop included) and returns its exit code and output. */
    static String run(String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NodeRuntime node = NodeRuntime.builder().stdout(out).stderr(out).build()) {
            int exit = node.runEval(code, false);
            return exit + ":" + out.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void registersEveryPublicIdAndTheWebGlobals() {
        StreamModule m = new StreamModule();
        assertThat(m.name()).isEqualTo("stream");
        assertThat(m.ids()).contains("stream", "stream/promises", "stream/web", "stream/consumers");
        assertThat(m.ids()).allSatisfy(id -> assertThat(
                StreamModule.class.getResource(m.resource(id))).as(id).isNotNull());
        assertThat(m.globals()).extracting(NodeModule.GlobalSpec::name)
                .contains("ReadableStream", "WritableStream", "TransformStream", "TextDecoderStream",
                        "CountQueuingStrategy", "ReadableStreamBYOBReader");
    }

    @Test
    void readableToTransformToWritableThroughPipeline() {
        assertThat(run("""
                const { Readable, Transform, Writable, pipeline } = require('stream');
                const out = [];
                pipeline(Readable.from(['a', 'b', 'c']),
                  new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c.toUpperCase()); } }),
                  new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } }),
                  (err) => console.log(err ? 'error ' + err.message : out.join('')));
                """)).isEqualTo("0:ABC\n");
    }

    @Test
    void writableBackpressureAndDrain() {
        assertThat(run("""
                const { Writable } = require('stream');
                const w = new Writable({ highWaterMark: 3, write(c, e, cb) { setImmediate(cb); } });
                const r = [w.write('ab'), w.write('cd'), w.writableNeedDrain, w.writableLength];
                w.on('drain', () => console.log(r.join(','), 'drained', w.writableLength));
                """)).isEqualTo("0:true,false,true,4 drained 0\n");
    }

    @Test
    void readEventOrderAndAutoDestroy() {
        assertThat(run("""
                const { Readable } = require('stream');
                const log = [];
                const r = new Readable({ read() {} });
                r.on('data', (c) => log.push('data:' + c));
                r.on('end', () => log.push('end'));
                r.on('close', () => console.log(log.concat('close', String(r.destroyed)).join(' ')));
                r.push('x'); r.push(null);
                """)).isEqualTo("0:data:x end close true\n");
    }

    @Test
    void webStreamsPipeThroughAndConsumers() {
        assertThat(run("""
                const { text } = require('stream/consumers');
                const rs = new ReadableStream({ start(c) { c.enqueue('h€'); c.close(); } })
                  .pipeThrough(new TextEncoderStream()).pipeThrough(new TextDecoderStream());
                text(rs).then((s) => console.log(s, s.length));
                """)).isEqualTo("0:h€ 2\n");
    }

    @Test
    void byobReaderFillsTheGivenView() {
        assertThat(run("""
                const rs = new ReadableStream({ type: 'bytes',
                  start(c) { c.enqueue(new Uint8Array([1, 2, 3, 4, 5])); c.close(); } });
                const reader = rs.getReader({ mode: 'byob' });
                (async () => {
                  const a = await reader.read(new Uint8Array(3));
                  const b = await reader.read(new Uint8Array(3));
                  const c = await reader.read(new Uint8Array(3));
                  console.log([...a.value].join(), a.done, [...b.value].join(), b.done, c.value.length, c.done);
                })();
                """)).isEqualTo("0:1,2,3 false 4,5 false 0 true\n");
    }
}
