package dev.node4j.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.node4j.core.NodeRuntime;

/** The global console and Console class against what Node 25 prints (expected text from node v25.8.1). */
class ConsoleTest {
    private static String run(String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NodeRuntime node = NodeRuntime.builder().stdout(out).stderr(out).build()) {
            int exit = node.runEval(code, false);
            assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void tableDrawsNodesBox() {
        assertThat(run("console.table([{a:1,b:'xyz'},{a:22,c:true}]); console.table({r1:{c:1}}, ['c','d']);"))
            .isEqualTo("┌─────────┬────┬───────┬──────┐\n"
                + "│ (index) │ a  │ b     │ c    │\n"
                + "├─────────┼────┼───────┼──────┤\n"
                + "│ 0       │ 1  │ 'xyz' │      │\n"
                + "│ 1       │ 22 │       │ true │\n"
                + "└─────────┴────┴───────┴──────┘\n"
                + "┌─────────┬───┬───┐\n"
                + "│ (index) │ c │ d │\n"
                + "├─────────┼───┼───┤\n"
                + "│ r1      │ 1 │   │\n"
                + "└─────────┴───┴───┘\n");
    }

    @Test
    void groupCountAssertDir() {
        assertThat(run("console.group('G'); console.log('a\\nb'); console.groupEnd(); console.count(); console.count('x');"
                + "console.count(); console.assert(false, 'msg %s', 'y'); console.assert(false);"
                + "console.dir({a:{b:{c:{d:1}}}}, {depth:0}); console.log('%s=%d', 'x', 5, {a:[1,2]});"))
            .isEqualTo("G\n  a\n  b\ndefault: 1\nx: 1\ndefault: 2\nAssertion failed: msg y\nAssertion failed\n"
                + "{ a: [Object] }\nx=5 { a: [ 1, 2 ] }\n");
    }

    @Test
    void consoleClassWritesToGivenStreams() {
        assertThat(run("const out = []; const c = new console.Console({ write(s) { out.push(s); } });"
                + "c.log('hi'); const { info } = c; info({x: 1}); console.log(out, c instanceof console.Console);"
                + "console.log(String(console), Object.getOwnPropertyDescriptor(globalThis, 'console').enumerable);"))
            .isEqualTo("[ 'hi\\n', '{ x: 1 }\\n' ] true\n[object console] false\n");
    }

    @Test
    void timeEndFormatsMilliseconds() {
        assertThat(run("console.time('t'); console.timeEnd('t');")).matches("t: \\d+(\\.\\d+)?ms\n");
    }
}
