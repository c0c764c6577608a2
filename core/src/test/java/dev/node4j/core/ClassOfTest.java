package dev.node4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * internal/core classOf: the engine's class of an object, which util.types and deep equality
 * rely on. It rests on GraalJS's Debug builtin, so an engine upgrade that changes it fails here.
 */
class ClassOfTest {

    private static String classesOf(String arrayExpr) {
        return run("(" + arrayExpr + ").map((v) => String(testloop.classOf(v))).join(' ')");
    }

    private static String run(String expr) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (NodeRuntime node = NodeRuntime.builder().stderr(err).stdout(err).build()) {
            int exit = node.runEval("globalThis.out = " + expr, false);
            assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
            return node.eval("out").asString();
        }
    }

    @Test
    void namesBuiltinClassesWhateverThePrototype() {
        assertThat(classesOf("[{}, [], () => {}, new Date(), Object.setPrototypeOf(new Date(), Object.prototype),"
                + " Object.create(Date.prototype), new (class extends Map {})(), Object.setPrototypeOf(new Set(), null),"
                + " /x/, new WeakMap(), new Number(1), Number.prototype, new ArrayBuffer(1), new Uint8Array(1),"
                + " new Map().entries(), (function* () {})(), Promise.resolve(), new TypeError(),"
                + " (function () { return arguments; })()]"))
                .isEqualTo("Object Array Function Date Date Object Map Set RegExp WeakMap Number Number"
                        + " ArrayBuffer Uint8Array Map\u0020Iterator Generator Promise Error Arguments");
    }

    @Test
    void isNotFooledByToStringTag() {
        assertThat(classesOf("[{ [Symbol.toStringTag]: 'Date' }, Object.create(Map.prototype)]")).isEqualTo("Object Object");
    }

    @Test
    void proxiesOfBrandedObjectsAreProxies() {
        assertThat(classesOf("[new Proxy(new Map(), {}), new Proxy(new Date(), {}), (() => {"
                + " const r = Proxy.revocable(new Set(), {}); r.revoke(); return r.proxy; })(), new Proxy({}, {})]"))
                .isEqualTo("Proxy Proxy Proxy Object");
    }

    @Test
    void primitivesHaveNoClass() {
        assertThat(classesOf("[1, 'a', null, undefined, 1n, Symbol()]"))
                .isEqualTo("undefined undefined undefined undefined undefined undefined");
    }

    @Test
    void theEngineDebugGlobalIsHidden() {
        assertThat(run("typeof Debug + ' ' + typeof globalThis.Debug")).isEqualTo("undefined undefined");
    }
}
