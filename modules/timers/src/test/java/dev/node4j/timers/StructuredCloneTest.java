package dev.node4j.timers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The structuredClone global (expected output from node v25.8.1). */
class StructuredCloneTest {

    @Test
    void plainObjectsKeepTheirProperties() {
        JsRun r = JsRun.of("""
                w(JSON.stringify(structuredClone({ x: 1, y: [2, { z: 'three' }] })));
                class K { constructor() { this.a = 1; } get g() { return 2; } }
                const k = structuredClone(new K());
                w(Object.getPrototypeOf(k) === Object.prototype ? 'plain' : 'proto kept'); w(JSON.stringify(k));
                """);
        assertThat(r.out()).as(r.toString()).isEqualTo("{\"x\":1,\"y\":[2,{\"z\":\"three\"}]}\nplain\n{\"a\":1}\n");
    }

    @Test
    void mapsSetsDatesRegExpsTypedArraysErrorsAndCycles() {
        JsRun r = JsRun.of("""
                const src = { m: new Map([['a', { n: 1 }]]), s: new Set([1, 'two']), d: new Date(86400000), r: /x+/gi,
                  big: 10n, arr: [1, , 3], u8: new Uint8Array([1, 2, 3]), err: new RangeError('bad') };
                src.self = src;
                const c = structuredClone(src);
                w([c !== src, c.self === c, c.m instanceof Map, c.m.get('a').n, c.m.get('a') !== src.m.get('a'),
                  c.s.has('two'), c.s.size, c.d instanceof Date, c.d.getTime(), String(c.r), c.big === 10n, 1 in c.arr,
                  c.arr.length, c.u8 instanceof Uint8Array, c.u8.join(), c.err instanceof RangeError, c.err.message].join('|'));
                """);
        assertThat(r.out()).as(r.toString())
            .isEqualTo("true|true|true|1|true|true|2|true|86400000|/x+/gi|true|false|3|true|1,2,3|true|bad\n");
    }

    @Test
    void functionsAndSymbolsThrowDataCloneError() {
        JsRun r = JsRun.of("""
                for (const bad of [() => {}, { f() {} }, Symbol('s')]) {
                  try { structuredClone(bad); w('no throw'); } catch (e) { w(e.name + '|' + e.code + '|' + (e instanceof DOMException) + '|' + e.message); }
                }
                try { structuredClone(); } catch (e) { w(e.name + '|' + e.code + '|' + e.message); }
                """);
        assertThat(r.out()).as(r.toString()).isEqualTo("""
                DataCloneError|25|true|() => {} could not be cloned.
                DataCloneError|25|true|f() {} could not be cloned.
                DataCloneError|25|true|Symbol(s) could not be cloned.
                TypeError|ERR_MISSING_ARGS|The "The value argument must be specified" argument must be specified
                """);
    }

    @Test
    void transferDetachesTheOriginalBuffer() {
        JsRun r = JsRun.of("const buf = new ArrayBuffer(4); const moved = structuredClone(buf, { transfer: [buf] }); w(buf.byteLength + ' ' + moved.byteLength);");
        assertThat(r.out()).as(r.toString()).isEqualTo("0 4\n");
    }
}
