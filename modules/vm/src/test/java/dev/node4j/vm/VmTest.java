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
                + "catch (e) { console.log(e.stack.split('\\n')[1].trim()); }"))
                .isEqualTo("42 true\nat my.js:2:8\n");
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
    void noRealmsMeansNoContexts() {
        assertThat(run("const vm = require('vm');"
                + "console.log(vm.isContext({}), typeof vm.createContext, typeof vm.runInNewContext,"
                + " typeof vm.constants.DONT_CONTEXTIFY);"
                + "try { vm.isContext(1); } catch (e) { console.log(e.code); }"))
                .isEqualTo("false undefined undefined symbol\nERR_INVALID_ARG_TYPE\n");
    }
}
