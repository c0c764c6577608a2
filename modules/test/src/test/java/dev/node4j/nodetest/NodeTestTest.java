package dev.node4j.nodetest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;

import dev.node4j.core.NodeRuntime;

class NodeTestTest {
    record Result(int exit, String out) {}

    static Result run(String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NodeRuntime node = NodeRuntime.builder().stdout(out).stderr(out).build()) {
            int exit = node.runEval(code, false);
            return new Result(exit, out.toString());
        }
    }

    /** The report without timings: "(1.234ms)" and the duration line vary. */
    static String shape(String out) {
        return out.replaceAll(" \\([0-9.]+ms\\)", "").replaceAll("ℹ duration_ms [0-9.]+\n", "");
    }

    @Test
    void testsRunAfterTheMainModuleAndPassingOnesExitZero() {
        Result r = run("const test = require('node:test');"
                + "test('a', () => {}); test('b', async () => { await new Promise((r) => setTimeout(r, 5)); });"
                + "test('c', (t, done) => setTimeout(done, 5)); console.log('main done');");
        assertThat(r.exit()).isZero();
        assertThat(shape(r.out())).isEqualTo("main done\n✔ a\n✔ b\n✔ c\n"
                + "ℹ tests 3\nℹ suites 0\nℹ pass 3\nℹ fail 0\nℹ cancelled 0\nℹ skipped 0\nℹ todo 0\n");
    }

    @Test
    void failuresAreReportedAndSetExitCodeOne() {
        Result r = run("const { test } = require('node:test');"
                + "test('bad', () => { throw new Error('boom'); });"
                + "test('late', (t, done) => { setTimeout(() => { throw new Error('async boom'); }, 1); });"
                + "test('skipped', { skip: 'why' }, () => { throw new Error('never runs'); });"
                + "test('todo', { todo: true }, () => { throw new Error('allowed'); });");
        assertThat(r.exit()).isEqualTo(1);
        String s = shape(r.out());
        assertThat(s).startsWith("✖ bad\n✖ late\n﹣ skipped # why\n✖ todo # TODO\n"
                + "ℹ tests 4\nℹ suites 0\nℹ pass 0\nℹ fail 2\nℹ cancelled 0\nℹ skipped 1\nℹ todo 1\n"
                + "\n✖ failing tests:\n\n");
        assertThat(s).contains("✖ bad\n  Error: boom\n").contains("✖ late\n  Error: async boom\n")
                .doesNotContain("never runs").doesNotContain("  Error: allowed");
    }

    @Test
    void suitesNestAndHooksRunInOrder() {
        Result r = run("const { describe, it, before, after, beforeEach, afterEach } = require('node:test');"
                + "const log = [];"
                + "describe('S', () => {"
                + "  before(() => log.push('before')); after(() => console.log(log.join(',')));"
                + "  beforeEach((t) => log.push('be:' + t.name)); afterEach(() => log.push('ae'));"
                + "  it('one', () => log.push('one'));"
                + "  describe('inner', () => { it('two', (t) => { t.diagnostic('note'); log.push('two'); }); });"
                + "});");
        assertThat(r.exit()).isZero();
        assertThat(shape(r.out())).startsWith("▶ S\n  ✔ one\n  ▶ inner\n    ✔ two\n      ℹ note\n  ✔ inner\n"
                + "before,be:one,one,ae,be:two,two,ae\n✔ S\nℹ tests 2\nℹ suites 2\nℹ pass 2\n");
    }

    @Test
    void subtestsPlansAndTimeouts() {
        Result r = run("const { test } = require('node:test');"
                + "test('parent', async (t) => { await t.test('s1', () => {}); await t.test('s2', () => { throw 1; }); });"
                + "test('plan', (t) => { t.plan(2); t.assert.ok(true); });"
                + "test('slow', { timeout: 20 }, () => new Promise((r) => setTimeout(r, 2000)));");
        assertThat(r.exit()).isEqualTo(1);
        String s = shape(r.out());
        assertThat(s).startsWith("▶ parent\n  ✔ s1\n  ✖ s2\n✖ parent\n✖ plan\n✖ slow\n"
                + "ℹ tests 5\nℹ suites 0\nℹ pass 1\nℹ fail 4\n");
        assertThat(s).contains("plan expected 2 assertions but received 1")
                .contains("test timed out after 20ms")
                .doesNotContain("1 subtest failed"); // the parent's own failure is not listed again
    }

    @Test
    void mockFunctionsAndMethods() {
        Result r = run("const { mock } = require('node:test');"
                + "const f = mock.fn((a) => a * 2); f(2); f.mock.mockImplementationOnce(() => 9);"
                + "console.log(f(1), f(1), f.mock.callCount(), JSON.stringify(f.mock.calls[0].arguments),"
                + " f.mock.calls[0].result);"
                + "const o = { m() { return 1; }, get g() { return 'g'; } };"
                + "const m = mock.method(o, 'm', () => 5); const before = o.m(); m.mock.restore();"
                + "mock.getter(o, 'g', () => 'mocked'); const g = o.g; mock.restoreAll();"
                + "console.log(before, o.m(), m.mock.callCount(), g, o.g);");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("9 2 3 [2] 4\n5 1 1 mocked g\n");
    }
}
