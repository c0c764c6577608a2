package dev.node4j.perf_hooks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.node4j.core.NodeRuntime;

class PerfHooksModuleTest {
    @Test
    void nowIsMonotonicAndMarksMeasure() {
        try (NodeRuntime node = NodeRuntime.builder().build()) {
            String r = node.eval("""
                    const { performance: p } = require('perf_hooks');
                    const a = p.now(); let x = 0; for (let i = 0; i < 1e5; i++) x += i; const b = p.now();
                    p.mark('s', { startTime: 10 }); p.mark('e', { startTime: 25 });
                    const m = p.measure('m', 's', 'e');
                    [b >= a, globalThis.performance === p, m.duration, m.entryType, p.getEntriesByType("mark").length,
                     Math.abs(p.timeOrigin + p.now() - Date.now()) < 50].join()""").asString();
            assertThat(r).isEqualTo("true,true,15,measure,2,true");
        }
    }

    @Test
    void unknownMarkIsASyntaxError() {
        try (NodeRuntime node = NodeRuntime.builder().build()) {
            assertThat(node.eval("try { performance.measure('x', 'nope'); 'no' } catch (e) { e.name + ': ' + e.message }")
                    .asString()).isEqualTo("SyntaxError: The \"nope\" performance mark has not been set");
        }
    }
}
