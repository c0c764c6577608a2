// covers: child_process.spawnSync, child_process.execSync, child_process.execFileSync
'use strict';
require('../common');
const assert = require('assert');
const cp = require('child_process');

const r = cp.spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 3']);
assert.deepStrictEqual(Object.keys(r), ['status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
assert.strictEqual(r.status, 3);
assert.strictEqual(r.signal, null);
assert.strictEqual(r.stdout.toString(), 'out\n');
assert.strictEqual(r.stderr.toString(), 'err\n');
assert.strictEqual(cp.spawnSync('cat', { input: 'in', encoding: 'utf8' }).stdout, 'in');
assert.strictEqual(cp.spawnSync('pwd', { cwd: '/', encoding: 'utf8' }).stdout, '/\n');
assert.strictEqual(cp.spawnSync('sh', ['-c', 'echo $FOO'], { env: { FOO: 'bar' }, encoding: 'utf8' }).stdout, 'bar\n');
assert.strictEqual(cp.spawnSync('echo $((1+2))', { shell: true, encoding: 'utf8' }).stdout, '3\n');

const missing = cp.spawnSync('no-such-command-compat', ['x']);
assert.strictEqual(missing.error.code, 'ENOENT');
assert.strictEqual(missing.error.message, 'spawnSync no-such-command-compat ENOENT');
assert.deepStrictEqual(missing.error.spawnargs, ['x']);
assert.strictEqual(missing.status, null);

const slow = cp.spawnSync('sleep', ['5'], { timeout: 100 });
assert.strictEqual(slow.error.code, 'ETIMEDOUT');
assert.strictEqual(slow.signal, 'SIGTERM');
assert.strictEqual(slow.status, null);

const big = cp.spawnSync('sh', ['-c', 'head -c 1000 /dev/zero'], { maxBuffer: 10 });
assert.strictEqual(big.error.code, 'ENOBUFS');

assert.strictEqual(cp.execSync('echo hi').toString(), 'hi\n');
assert.strictEqual(cp.execFileSync('echo', ['a', 'b'], { encoding: 'utf8' }), 'a b\n');
assert.throws(() => cp.execSync('echo bad >&2; exit 2', { stdio: 'pipe' }), (e) => {
  assert.strictEqual(e.message, 'Command failed: echo bad >&2; exit 2\nbad\n');
  assert.strictEqual(e.status, 2);
  assert.strictEqual(e.stderr.toString(), 'bad\n');
  return true;
});
assert.throws(() => cp.execFileSync('sh', ['-c', 'exit 4'], { stdio: 'pipe' }),
              { message: 'Command failed: sh -c exit 4', status: 4 });
