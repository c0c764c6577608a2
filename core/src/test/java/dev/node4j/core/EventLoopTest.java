package dev.node4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Node's ordering of ticks, promise jobs, timers and immediates, on the Java loop. */
class EventLoopTest {

    private static String run(String code) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (NodeRuntime node = NodeRuntime.builder().stderr(err).stdout(err).build()) {
            int exit = node.runEval(code, false);
            assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
            return node.eval("testloop.log.join(' ')").asString();
        }
    }

    @Test
    void ticksRunBeforePromiseJobsAfterEachMacrotask() {
        String log = run("""
                const { log, timeout, nextTick } = testloop;
                Promise.resolve().then(() => log.push('p1'));
                nextTick(() => log.push('t1'));
                timeout(() => {
                  Promise.resolve().then(() => log.push('p2'));
                  nextTick(() => log.push('t2'));
                  log.push('timer');
                }, 0);
                log.push('main');
                """);
        assertThat(log).isEqualTo("main t1 p1 timer t2 p2");
    }

    @Test
    void ticksQueuedByPromiseJobsRunBeforeTheNextMacrotask() {
        String log = run("""
                const { log, timeout, nextTick } = testloop;
                timeout(() => log.push('timer'), 0);
                Promise.resolve().then(() => { log.push('p'); nextTick(() => log.push('t-from-p')); });
                """);
        assertThat(log).isEqualTo("p t-from-p timer");
    }

    @Test
    void timersFireInDeadlineThenInsertionOrder() {
        String log = run("""
                const { log, timeout } = testloop;
                timeout(() => log.push('b10'), 10);
                timeout(() => log.push('a1'), 1);
                timeout(() => log.push('c1'), 1);
                """);
        assertThat(log).isEqualTo("a1 c1 b10");
    }

    @Test
    void immediatesQueuedDuringCheckPhaseRunNextIteration() {
        String log = run("""
                const { log, immediate, timeout } = testloop;
                immediate(() => {
                  log.push('i1');
                  immediate(() => log.push('i3'));
                  timeout(() => log.push('t'), 0);
                });
                immediate(() => log.push('i2'));
                """);
        assertThat(log).startsWith("i1 i2");
        assertThat(log).contains("i3").contains("t");
    }

    @Test
    void unrefTimerDoesNotKeepLoopAlive() {
        String log = run("""
                const { log, timeout, unref } = testloop;
                unref(timeout(() => log.push('never'), 60000));
                log.push('done');
                """);
        assertThat(log).isEqualTo("done");
    }

    @Test
    void uncaughtErrorInCallbackExitsWithOneAndPrintsNodeStyle() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (NodeRuntime node = NodeRuntime.builder().stderr(err).stdout(err).build()) {
            int exit = node.runEval("testloop.timeout(() => { throw new RangeError('late'); }, 1);", false);
            assertThat(exit).isEqualTo(1);
        }
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("RangeError: late")
                .endsWith("Node.js " + NodeRuntime.NODE_VERSION + "\n");
    }

    @Test
    void unhandledRejectionIsFatal() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (NodeRuntime node = NodeRuntime.builder().stderr(err).stdout(err).build()) {
            int exit = node.runEval("Promise.reject(new Error('nobody caught me'));", false);
            assertThat(exit).isEqualTo(1);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Error: nobody caught me");
    }

    @Test
    void exitEndsAtOnceWithTheCode() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (NodeRuntime node = NodeRuntime.builder().stderr(err).stdout(err).build()) {
            int exit = node.runEval("testloop.timeout(() => testloop.log.push('never'), 0); testloop.exit(7);", false);
            assertThat(exit).isEqualTo(7);
        }
    }

    @Test
    void manyRuntimesAreIsolated() {
        try (NodeRuntime a = NodeRuntime.builder().build(); NodeRuntime b = NodeRuntime.builder().build()) {
            a.eval("globalThis.x = 1; testloop.log.push('a')");
            assertThat(b.eval("typeof globalThis.x").asString()).isEqualTo("undefined");
            assertThat(b.eval("testloop.log.length").asInt()).isZero();
        }
    }
}
