package dev.node4j.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;

import dev.node4j.core.NodeRuntime;

class VmTest {
    /** Runs `code` as the main script and returns everything it printed. */
    static String run(String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NodeRuntime node = NodeRuntime.builder().stdout(out).stderr(out).build()) {
            int exit = node.runEval(code, false);
            assertThat(exit).as(out.toString()).isZero();
        }
        return out.toString();
    }

    @Test
    void runInThisContextSeesTheGlobalsAndNamesTheFile() {
        assertThat(run("const vm = require('vm'); globalThis.x = 41;"
                + "console.log(vm.runInThisContext('x + 1'), vm.runInThisContext('this === globalThis'));"
                + "try { vm.runInThisContext('\\n throw new Error(\"e\")', { filename: 'my.js' }); }"
                + "catch (e) { const l = e.stack.split('\\n'); console.log(l[0], l.find((x) => x.includes('at ')).trim()); }"))
                .isEqualTo("42 true\nmy.js:2 at my.js:2:8\n");
    }

    @Test
    void scriptReportsSyntaxErrorsAtConstruction() {
        assertThat(run("const vm = require('vm');"
                + "const s = new vm.Script('globalThis.n = (globalThis.n || 0) + 1', 'a.js');"
                + "s.runInThisContext(); s.runInThisContext(); console.log(globalThis.n);"
                + "try { new vm.Script('(', { filename: 'bad.js' }); } catch (e) { console.log(e.name); }"))
                .isEqualTo("2\nSyntaxError\n");
    }

    @Test
    void compileFunctionBuildsAFunctionAndCannotBeEscaped() {
        assertThat(run("const vm = require('vm');"
                + "const f = vm.compileFunction('return a * b', ['a', 'b']); console.log(f(6, 7), f.length);"
                + "try { vm.compileFunction('}); console.log(\"escaped\"); (function(){'); } catch (e) { console.log(e.name); }"
                + "try { vm.compileFunction('1', [], { contextExtensions: [{}] }); } catch (e) { console.log(e.code); }"))
                .isEqualTo("42 2\nSyntaxError\nERR_NOT_IMPLEMENTED\n");
    }

    @Test
    void contextsAreRealmsTiedToTheSandbox() {
        assertThat(run("const vm = require('vm'); const sb = { a: 1 }; vm.createContext(sb);"
                + "console.log(vm.isContext(sb), vm.isContext({}), vm.runInContext('a + 1', sb));"
                + "vm.runInContext('a = 5; b = 6; var c = 7', sb); console.log(sb.a, sb.b, sb.c);"
                + "const o = vm.runInContext('({})', sb);"
                + "console.log(Object.getPrototypeOf(o) === Object.prototype, o instanceof Object);"
                + "console.log(vm.runInNewContext('x = y * 2', { y: 21 }));"
                + "console.log(typeof Realm, vm.runInNewContext('typeof Realm + typeof print + typeof load'));"
                + "try { vm.runInContext('1', {}); } catch (e) { console.log(e.code); }"
                + "try { vm.isContext(1); } catch (e) { console.log(e.code); }"))
                .isEqualTo("true false 2\n5 6 7\nfalse false\n42\nundefined undefinedundefinedundefined\n"
                        + "ERR_INVALID_ARG_TYPE\nERR_INVALID_ARG_TYPE\n");
    }

    @Test
    void refusesWhatItCannotHonour() {
        assertThat(run("const vm = require('vm');"
                + "for (const f of [() => vm.runInNewContext('1', {}, { timeout: 10 }),"
                + " () => vm.createContext({}, { microtaskMode: 'afterEvaluate' }),"
                + " () => vm.createContext({}, { codeGeneration: { strings: false } })])"
                + " try { f(); } catch (e) { console.log(e.code); }"))
                .isEqualTo("ERR_NOT_IMPLEMENTED\nERR_NOT_IMPLEMENTED\nERR_NOT_IMPLEMENTED\n");
    }
}
