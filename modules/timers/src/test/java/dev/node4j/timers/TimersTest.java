package dev.node4j.timers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * setTimeout / setInterval / setImmediate and the Timeout object. Expected output is what node
 * v25.8.1 prints for the same program; orders that depend on wall-clock time (top-level timeout
 * vs immediate) are left out, only the orders Node guarantees are asserted.
 */
class TimersTest {

    @Test
    void syncThenTicksThenPromisesThenMacrotasks() {
        JsRun r = JsRun.of("""
                setTimeout(() => w('timeout'), 0);
                setImmediate(() => w('immediate'));
                process.nextTick(() => w('tick'));
                Promise.resolve().then(() => w('promise'));
                queueMicrotask(() => w('microtask'));
                w('sync');
                """);
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("sync\ntick\npromise\nmicrotask\n");
        assertThat(r.out().lines()).hasSize(6).contains("timeout", "immediate");
    }

    @Test
    void insideATimerImmediateRunsBeforeANewZeroTimeout() {
        JsRun r = JsRun.of("""
                setTimeout(() => {
                  setTimeout(() => w('timeout'), 0);
                  setImmediate(() => w('immediate'));
                  process.nextTick(() => w('tick'));
                  Promise.resolve().then(() => w('promise'));
                  w('in timer');
                }, 1);
                """);
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("in timer\ntick\npromise\nimmediate\ntimeout\n");
    }

    @Test
    void timersFireByExpiryThenCreationOrder() {
        // All three are due when the loop starts (the spin), so wall-clock noise cannot reorder them.
        JsRun r = JsRun.of("setTimeout(() => w('a1'), 1); setTimeout(() => w('b30'), 30); setTimeout(() => w('c30'), 30);"
                + "const end = Date.now() + 60; while (Date.now() < end);");
        assertThat(r.out()).as(r.toString()).isEqualTo("a1\nb30\nc30\n");
    }

    /** Node keeps one list per duration; a due list runs all its expired timers first (1a 1b 3). */
    @Test
    void expiredTimersOfOneDurationRunTogether() {
        JsRun r = JsRun.of("""
                const spin = (ms) => { const e = Date.now() + ms; while (Date.now() < e); };
                setTimeout(() => w('1a'), 1); spin(10);
                setTimeout(() => w('3'), 3); spin(10);
                setTimeout(() => w('1b'), 1); spin(10);
                """);
        assertThat(r.out()).as(r.toString()).isEqualTo("1a\n1b\n3\n");
    }

    @Test
    void immediatesQueuedDuringTheCheckPhaseWaitForTheNextIteration() {
        JsRun r = JsRun.of("""
                setImmediate(() => { w('i1'); setImmediate(() => w('i3')); process.nextTick(() => w('i1 tick')); });
                setImmediate((x, y) => w('i2 ' + x + y), 'p', 'q');
                const cl = setImmediate(() => w('cleared')); clearImmediate(cl);
                """);
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("i1\ni1 tick\ni2 pq\ni3\n");
    }

    @Test
    void setIntervalRepeatsWithArgumentsUntilCleared() {
        JsRun r = JsRun.of("""
                let n = 0;
                const iv = setInterval((a, b) => {
                  n++; w('tick ' + n + ' ' + a + b);
                  if (n === 3) { clearInterval(iv); setTimeout(() => w('done ' + n), 30); }
                }, 5, 'x', 'y');
                """);
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("tick 1 xy\ntick 2 xy\ntick 3 xy\ndone 3\n");
    }

    @Test
    void timeoutObjectRefUnrefToPrimitiveAndClearById() {
        JsRun r = JsRun.of("""
                const t = setTimeout(() => w('never'), 1000);
                w(typeof t + ' ' + t.constructor.name + ' ' + t.hasRef());
                w(String(t.unref() === t) + ' ' + t.hasRef());
                w(String(t.ref() === t) + ' ' + t.hasRef());
                const id = +t;
                w(typeof id + ' ' + Number.isInteger(id) + ' ' + (id > 0) + ' ' + (`${t}` === String(id)));
                clearTimeout(id);
                const s = setTimeout(() => w('cleared by string id'), 5);
                clearTimeout(String(+s));
                const i = setInterval(() => w('interval cleared via clearTimeout'), 5);
                clearTimeout(i);
                """);
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("object Timeout true\ntrue false\ntrue true\nnumber true true true\n");
    }

    @Test
    void unrefTimersDoNotKeepTheProcessAlive() {
        JsRun r = JsRun.of("""
                setTimeout(() => w('unref never'), 60000).unref();
                const iv = setInterval(() => w('interval never'), 1000); iv.unref(); w(iv.hasRef());
                """);
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("false\n");
        assertThat(r.millis()).isLessThan(30_000);
    }

    @Test
    void refreshRestartsTheCountdownFromNow() {
        // Timers never fire early, so the gap after refresh() is at least the delay however loaded the machine is.
        JsRun r = JsRun.of("""
                let refreshedAt = 0; let fired = 0;
                const t = setTimeout(() => { fired++; w('after refresh ' + (Date.now() - refreshedAt >= 99)); }, 100);
                setTimeout(() => { refreshedAt = Date.now(); w(t.refresh() === t); }, 50);
                process.on('exit', () => w('fired ' + fired));
                """);
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("true\nafter refresh true\nfired 1\n");
    }

    @Test
    void delayCoercionAndItsWarnings() {
        JsRun r = JsRun.of("""
                const order = [];
                for (const d of [0, -1, NaN, 2 ** 31, '3', undefined, 1]) {
                  const t = setTimeout(() => order.push(String(d)), d);
                  w(String(d) + ' -> ' + t._idleTimeout);
                }
                // Only the 1 ms timers: which of them and '3' runs first depends on how long the warnings took.
                setTimeout(() => w(order.filter((d) => d !== '3').join(',') + ' ' + order.includes('3')), 20);
                """);
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("""
                0 -> 1
                -1 -> 1
                NaN -> 1
                2147483648 -> 1
                3 -> 3
                undefined -> 1
                1 -> 1
                0,-1,NaN,2147483648,undefined,1 true
                """);
        // Node names its own binary (process.argv0's base name) in the hint: node4j here.
        assertThat(r.errWithoutPid()).isEqualTo("""
                (node:PID) TimeoutNegativeWarning: -1 is a negative number.
                Timeout duration was set to 1.
                (Use `node4j --trace-warnings ...` to show where the warning was created)
                (node:PID) TimeoutNaNWarning: NaN is not a number.
                Timeout duration was set to 1.
                (node:PID) TimeoutOverflowWarning: 2147483648 does not fit into a 32-bit signed integer.
                Timeout duration was set to 1.
                """);
    }

    @Test
    void nonFunctionCallbackIsRejected() {
        JsRun r = JsRun.of("""
                for (const f of [() => setTimeout('code'), () => setInterval(null), () => setImmediate({})]) {
                  try { f(); w('no throw'); } catch (e) { w(e.name + ' ' + e.code + ' ' + e.message); }
                }
                """);
        assertThat(r.out()).as(r.toString()).isEqualTo("""
                TypeError ERR_INVALID_ARG_TYPE The "callback" argument must be of type function. Received type string ('code')
                TypeError ERR_INVALID_ARG_TYPE The "callback" argument must be of type function. Received null
                TypeError ERR_INVALID_ARG_TYPE The "callback" argument must be of type function. Received an instance of Object
                """);
    }
}
