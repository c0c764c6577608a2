package dev.node4j.timers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** queueMicrotask: an exception from the callback is an uncaught exception (expected from node v25.8.1). */
class QueueMicrotaskTest {
    private static final String THROWING = """
            process.on('uncaughtException', (e, origin) => w('caught ' + e.message + ' ' + origin));
            queueMicrotask(() => { throw new Error('boom'); });
            queueMicrotask(() => w('next microtask'));
            setTimeout(() => w('timer still runs'), 1);
            try { queueMicrotask(1); } catch (e) { w(e.code + ' ' + e.message); }
            """;

    @Test
    void errorGoesToUncaughtExceptionAndTheProgramGoesOn() {
        JsRun r = JsRun.of(THROWING);
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("ERR_INVALID_ARG_TYPE The \"callback\" argument must be of type function. Received type number (1)\n")
            .endsWith("timer still runs\n");
        assertThat(r.out().lines()).hasSize(4).contains("caught boom uncaughtException", "next microtask");
    }

    @Test
    /** Node calls the handler before the next microtask. */
    void handlerRunsBeforeTheNextMicrotask() {
        JsRun r = JsRun.of(THROWING);
        assertThat(r.out()).isEqualTo("""
                ERR_INVALID_ARG_TYPE The "callback" argument must be of type function. Received type number (1)
                caught boom uncaughtException
                next microtask
                timer still runs
                """);
    }

    @Test
    void withoutAHandlerTheProcessExitsWithOne() {
        JsRun r = JsRun.of("queueMicrotask(() => { throw new Error('boom'); }); setTimeout(() => w('never'), 1);");
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("Error: boom").endsWith("\nNode.js v25.8.1\n");
    }
}
