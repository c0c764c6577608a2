package dev.node4j.timers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** timers/promises: values, AbortSignal rejections and the interval iterator (expected from node v25.8.1). */
class TimersPromisesTest {

    @Test
    void resolvesWithTheValueAndRejectsOnAbort() {
        JsRun r = JsRun.of("""
                const tp = require('timers/promises');
                (async () => {
                  w(await tp.setTimeout(5, 'val'));
                  w(await tp.setImmediate('imm'));
                  const ac = new AbortController();
                  const p = tp.setTimeout(10000, 'x', { signal: ac.signal });
                  ac.abort();
                  try { await p; w('resolved?'); } catch (e) { w(e.name + ' ' + e.code + ' ' + e.message + ' ' + e.cause.name); }
                  try { await tp.setTimeout(1, 'y', { signal: AbortSignal.abort('why') }); } catch (e) { w(e.name + ' ' + e.code + ' cause=' + e.cause); }
                  try { await tp.setTimeout(1, 'y', { signal: 1 }); } catch (e) { w(e.name + ' ' + e.code + ' ' + e.message); }
                  let n = 0; for await (const v of tp.setInterval(2, 'iv')) { w(v + ++n); if (n === 3) break; }
                  w(tp.setTimeout === require('timers').promises.setTimeout);
                })();
                """);
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("""
                val
                imm
                AbortError ABORT_ERR The operation was aborted AbortError
                AbortError ABORT_ERR cause=why
                TypeError ERR_INVALID_ARG_TYPE The "options.signal" property must be an instance of AbortSignal. Received type number (1)
                iv1
                iv2
                iv3
                true
                """);
        // The aborted 10 s timer was cleared, so the process did not wait for it.
        assertThat(r.millis()).isLessThan(10_000);
    }
}
