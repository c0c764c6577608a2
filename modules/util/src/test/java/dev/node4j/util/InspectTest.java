package dev.node4j.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.node4j.core.NodeRuntime;

/** util.inspect / util.format against what Node 25 prints (expected strings taken from node v25.8.1). */
class InspectTest {
    private static String run(String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NodeRuntime node = NodeRuntime.builder().stdout(out).stderr(out).build()) {
            int exit = node.runEval("const util = require('util'); const w = (s) => require('process').stdout.write(s + '\\n');\n" + code, false);
            assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void primitivesAndStrings() {
        assertThat(run("w(util.inspect(\"it's\")); w(util.inspect(-0)); w(util.inspect(123456789n, {numericSeparator: true}));"
                + "w(util.inspect(Symbol('x'))); w(util.inspect('a\\nb\\x01'));"))
            .isEqualTo("\"it's\"\n-0\n123_456_789n\nSymbol(x)\n'a\\nb\\x01'\n");
    }

    @Test
    void arraysGroupAndTruncate() {
        assertThat(run("w(util.inspect([1,,3,,,6])); w(util.inspect(new Array(101).fill(0)).split('\\n').slice(-2).join('|'));"
                + "w(util.inspect(Array.from({length: 30}, (_, k) => k * 100)));"))
            .isEqualTo("[ 1, <1 empty item>, 3, <2 empty items>, 6 ]\n  ... 1 more item|]\n"
                + "[\n"
                + "     0,  100,  200,  300,  400,  500,\n"
                + "   600,  700,  800,  900, 1000, 1100,\n"
                + "  1200, 1300, 1400, 1500, 1600, 1700,\n"
                + "  1800, 1900, 2000, 2100, 2200, 2300,\n"
                + "  2400, 2500, 2600, 2700, 2800, 2900\n"
                + "]\n");
    }

    @Test
    void objectsDepthCircularClasses() {
        assertThat(run("const c = {a: 1}; c.self = c; w(util.inspect(c)); w(util.inspect({a:{b:{c:{d:1}}}}));"
                + "class Foo { constructor() { this.x = 1; } } w(util.inspect(new Foo())); w(util.inspect(Object.create(null)));"
                + "w(util.inspect({a:'x'.repeat(30), b:'y'.repeat(30), c:'z'.repeat(30)}));"))
            .isEqualTo("<ref *1> { a: 1, self: [Circular *1] }\n{ a: { b: { c: [Object] } } }\nFoo { x: 1 }\n"
                + "[Object: null prototype] {}\n"
                + "{\n  a: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\n  b: 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy',\n"
                + "  c: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz'\n}\n");
    }

    @Test
    void functionsAndBuiltins() {
        assertThat(run("w(util.inspect(function f(){})); w(util.inspect(class X {})); w(util.inspect(() => {}));"
                + "w(util.inspect(async function af(){})); w(util.inspect(function* g(){}));"
                + "const fp = function q(){}; fp.z = 1; w(util.inspect(fp));"
                + "w(util.inspect(new Date(0))); w(util.inspect(/ab+c/gi)); w(util.inspect(new Map([['a', 1]])));"
                + "w(util.inspect(new Set([1, 2]))); w(util.inspect(new WeakMap())); w(util.inspect(new Number(3)));"
                + "w(util.inspect(new Uint8Array([1, 2, 3]))); w(util.inspect(new Uint8Array([1, 2]).buffer));"))
            .isEqualTo("[Function: f]\n[class X]\n[Function (anonymous)]\n[AsyncFunction: af]\n"
                + "[GeneratorFunction: g]\n[Function: q] { z: 1 }\n1970-01-01T00:00:00.000Z\n/ab+c/gi\n"
                + "Map(1) { 'a' => 1 }\nSet(2) { 1, 2 }\nWeakMap { <items unknown> }\n[Number: 3]\n"
                + "Uint8Array(3) [ 1, 2, 3 ]\nArrayBuffer { [Uint8Contents]: <01 02>, [byteLength]: 2 }\n");
    }

    @Test
    void promisesThroughJavaBinding() {
        assertThat(run("w(util.inspect(Promise.resolve(1))); w(util.inspect(new Promise(() => {})));"
                + "const r = Promise.reject(3); r.catch(() => {}); w(util.inspect(r));"
                + "w(String(util.types.isPromise(Promise.resolve())) + util.types.isPromise({ then() {} }));"))
            .isEqualTo("Promise { 1 }\nPromise { <pending> }\nPromise { <rejected> 3 }\ntruefalse\n");
    }

    @Test
    void getterCustomAndColors() {
        assertThat(run("w(util.inspect({get a(){return 1}, set b(v){}, get c(){return 2}, set c(v){}}));"
                + "w(util.inspect({get a(){return 1}}, {getters: true}));"
                + "w(util.inspect({ [util.inspect.custom](d) { return 'CUSTOM ' + d; } }));"
                + "w(JSON.stringify(util.inspect(5, {colors: true})));"))
            .isEqualTo("{ a: [Getter], b: [Setter], c: [Getter/Setter] }\n{ a: [Getter: 1] }\nCUSTOM 2\n"
                + "\"\\u001b[33m5\\u001b[39m\"\n");
    }

    @Test
    void errorsWithProps() {
        String out = run("const e = new Error('boom'); e.code = 'E1'; w(util.inspect(e));");
        assertThat(out).startsWith("Error: boom\n    at ").endsWith(" {\n  code: 'E1'\n}\n");
    }

    @Test
    void formatSpecifiers() {
        assertThat(run("w(util.format('%s %d %i %f %j %o %O %% %c|', 'a', 42, '42.5', '1.5', {a:1}, [1], {b:2}, 'css', 'extra', {z:1}));"))
            .isEqualTo("a 42 42 1.5 {\"a\":1} [ 1, [length]: 1 ] { b: 2 } % | extra { z: 1 }\n");
    }

    @Test
    void typesAreBrandChecks() {
        assertThat(run("const t = require('util/types'); const fake = { [Symbol.toStringTag]: 'Map' };"
                + "w([t.isMap(new Map()), t.isMap(fake), t.isDate(new Date()), t.isRegExp(/x/), t.isUint8Array(new Uint8Array()),"
                + " t.isAsyncFunction(async () => {}), t.isProxy(new Proxy({}, {})), t.isProxy({}), t.isBoxedPrimitive(Object(1n))].join(','));"))
            .isEqualTo("true,false,true,true,true,true,true,false,true\n");
    }
}
