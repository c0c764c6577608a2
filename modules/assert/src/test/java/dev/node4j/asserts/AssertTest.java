package dev.node4j.asserts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.node4j.core.NodeRuntime;

class AssertTest {
    static ByteArrayOutputStream out = new ByteArrayOutputStream();
    static NodeRuntime node;

    @BeforeAll
    static void start() {
        node = NodeRuntime.builder().stdout(out).stderr(out).build();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    /** Runs `code` as a function body with `assert` and a `msg(fn)` helper (the thrown message). */
    static String js(String code) {
        return node.eval("(function(){ const require = (id) => globalThis[Symbol.for('node4j.require')]('node:' + id);"
                + "const assert = require('assert');"
                + "const msg = (f) => { try { f(); return 'no throw'; } catch (e) { return e.message; } };"
                + code + "})()").toString();
    }

    @Test
    void strictEqualMessages() {
        assertThat(js("return msg(() => assert.strictEqual(1, 2));"))
                .isEqualTo("Expected values to be strictly equal:\n\n1 !== 2\n");
        assertThat(js("return msg(() => assert.strictEqual(1, '1'));"))
                .isEqualTo("Expected values to be strictly equal:\n\n1 !== '1'\n");
        assertThat(js("return msg(() => assert.strictEqual(0, -0));"))
                .isEqualTo("Expected values to be strictly equal:\n+ actual - expected\n\n+ 0\n- -0\n");
        assertThat(js("return msg(() => assert.strictEqual({a: 1}, {a: 1}));"))
                .isEqualTo("Values have same structure but are not reference-equal:\n\n{\n  a: 1\n}\n");
    }

    @Test
    void deepStrictEqualDiff() {
        assertThat(js("return msg(() => assert.deepStrictEqual({a: 1, b: [1, 2]}, {a: 1, b: [1, 3]}));"))
                .isEqualTo("Expected values to be strictly deep-equal:\n+ actual - expected\n\n"
                        + "  {\n    a: 1,\n    b: [\n      1,\n+     2\n-     3\n    ]\n  }\n");
        assertThat(js("return msg(() => assert.deepStrictEqual([1, 2], [1, 2, 3]));"))
                .isEqualTo("Expected values to be strictly deep-equal:\n+ actual - expected\n\n"
                        + "  [\n    1,\n    2,\n-   3\n  ]\n");
    }

    @Test
    void deepEquality() {
        assertThat(js("const c = require('internal/comparisons');"
                + "const a = {x: 1}; a.self = a; const b = {x: 1}; b.self = b;"
                + "return [c.isDeepStrictEqual(a, b), c.isDeepStrictEqual(0, -0), c.isDeepEqual(0, -0),"
                + " c.isDeepStrictEqual(new Set([{k: 1}]), new Set([{k: 1}])),"
                + " c.isDeepStrictEqual(new Map([[{k: 1}, 2]]), new Map([[{k: 1}, 3]])),"
                + " c.isDeepEqual({a: 1}, {a: '1'}), c.isDeepStrictEqual({a: 1}, {a: '1'}),"
                + " c.isDeepStrictEqual(/a/g, /a/i), c.isDeepStrictEqual(new Error('m'), new Error('m')),"
                + " c.isDeepStrictEqual(NaN, NaN), c.isDeepStrictEqual([1, , 3], [1, undefined, 3])].join();"))
                .isEqualTo("true,false,true,true,false,true,false,false,true,true,false");
    }

    @Test
    void throwsValidation() {
        assertThat(js("assert.throws(() => { throw new TypeError('bad x'); }, {name: 'TypeError', message: /x/});"
                + "assert.throws(() => { throw new TypeError('t'); }, TypeError);"
                + "assert.throws(() => { throw new Error('e'); }, (e) => e.message === 'e');"
                + "return [msg(() => assert.throws(() => {})),"
                + " msg(() => assert.throws(() => { throw new TypeError('x'); }, RangeError)).split('\\n')[0],"
                + " msg(() => assert.throws(() => { throw new Error('same'); }, 'same')).slice(0, 41),"
                + " msg(() => assert.throws(1))].join('|');"))
                .isEqualTo("Missing expected exception.|The error is expected to be an instance of \"RangeError\". "
                        + "Received \"TypeError\"|The \"error/message\" argument is ambiguous|"
                        + "The \"fn\" argument must be of type function. Received type number (1)");
    }

    @Test
    void okFailIfErrorMatch() {
        assertThat(js("return [msg(() => assert.ok()), msg(() => assert.fail()), msg(() => assert.fail('boom')),"
                + " msg(() => assert.ifError(new Error('orig'))), msg(() => assert.match('abc', /x/)),"
                + " msg(() => assert.equal(1, 2)), msg(() => assert.strict.equal(1, '1')).split('\\n')[0]].join('|');"))
                .isEqualTo("No value argument passed to `assert.ok()`|Failed|boom|ifError got unwanted exception: orig|"
                        + "The input did not match the regular expression /x/. Input:\n\n'abc'\n|1 == 2|"
                        + "Expected values to be strictly equal:");
    }

    @Test
    void assertionErrorShape() {
        assertThat(js("const e = new assert.AssertionError({actual: 1, expected: 2, operator: 'strictEqual'});"
                + "return [e.name, e.code, e.generatedMessage, e instanceof Error, Object.keys(e).join(' '),"
                + " String(e).split('\\n')[0], require('assert/strict') === assert.strict].join('|');"))
                .isEqualTo("AssertionError|ERR_ASSERTION|true|true|generatedMessage code actual expected operator diff|"
                        + "AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:|true");
    }
}
