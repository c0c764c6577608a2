package dev.node4j.child_process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;

import dev.node4j.core.NodeRuntime;

class ChildProcessTest {
    private static String run(String js) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NodeRuntime node = NodeRuntime.builder().stdout(out).stderr(out).build()) {
            int code = node.runEval(js, false);
            assertThat(code).as(out.toString()).isZero();
        }
        return out.toString();
    }

    @Test
    void spawnSyncCapturesOutputAndStatus() throws Exception {
        assertThat(run("""
            const cp = require('child_process');
            const r = cp.spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 3'], { encoding: 'utf8' });
            console.log(JSON.stringify([r.status, r.signal, r.stdout, r.stderr]));
            console.log(cp.spawnSync('cat', { input: 'fed in' }).stdout.toString());
            """)).isEqualTo("[3,null,\"out\\n\",\"err\\n\"]\nfed in\n");
    }

    @Test
    void missingCommandIsEnoent() throws Exception {
        assertThat(run("""
            const r = require('child_process').spawnSync('no-such-command-node4j', ['x']);
            console.log(r.error.message, r.error.code, r.error.syscall, r.error.path, r.error.spawnargs, r.status);
            """)).isEqualTo("spawnSync no-such-command-node4j ENOENT ENOENT spawnSync no-such-command-node4j "
                + "no-such-command-node4j [ 'x' ] null\n");
    }

    @Test
    void execSyncThrowsWithStatus() throws Exception {
        assertThat(run("""
            try { require('child_process').execSync('echo bad >&2; exit 2', { stdio: 'pipe' }); }
            catch (e) { console.log(JSON.stringify(e.message), e.status); }
            """)).isEqualTo("\"Command failed: echo bad >&2; exit 2\\nbad\\n\" 2\n");
    }

    @Test
    void spawnStreamsAndEvents() throws Exception {
        assertThat(run("""
            const c = require('child_process').spawn('cat');
            let got = '';
            c.stdout.on('data', (d) => { got += d; });
            c.on('close', (code, sig) => console.log('close', code, sig, got));
            c.stdin.end('hello');
            const k = require('child_process').spawn('sleep', ['10']);
            k.on('exit', (code, sig) => console.log('exit', code, sig, k.killed));
            k.kill();
            """)).contains("close 0 null hello").contains("exit null SIGTERM true");
    }

    @Test
    void execCallsBack() throws Exception {
        assertThat(run("""
            require('child_process').exec('echo hi; exit 4', (err, stdout) => console.log(err.code, JSON.stringify(stdout)));
            """)).isEqualTo("4 \"hi\\n\"\n");
    }
}
