// covers: child_process.spawn, child_process.exec, child_process.execFile, child_process.ChildProcess
'use strict';
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const util = require('util');

const cat = cp.spawn('cat');
assert.ok(cat instanceof cp.ChildProcess);
assert.strictEqual(typeof cat.pid, 'number');
let got = '';
cat.stdout.on('data', (d) => { got += d; });
cat.on('spawn', common.mustCall());
cat.on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
}));
cat.on('close', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(got, 'hello world');
}));
cat.stdin.write('hello ');
cat.stdin.end('world');

const missing = cp.spawn('no-such-command-compat');
missing.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.message, 'spawn no-such-command-compat ENOENT');
  assert.strictEqual(missing.pid, undefined);
}));
missing.on('close', common.mustCall((code) => assert.strictEqual(code, -2)));

const sleeper = cp.spawn('sleep', ['5']);
sleeper.on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGTERM');
  assert.strictEqual(sleeper.killed, true);
  assert.strictEqual(sleeper.signalCode, 'SIGTERM');
}));
assert.strictEqual(sleeper.kill(), true);

cp.exec('echo out; echo err >&2; exit 5', common.mustCall((err, stdout, stderr) => {
  assert.strictEqual(err.code, 5);
  assert.strictEqual(err.killed, false);
  assert.strictEqual(err.signal, null);
  assert.strictEqual(err.cmd, 'echo out; echo err >&2; exit 5');
  assert.strictEqual(err.message, 'Command failed: echo out; echo err >&2; exit 5\nerr\n');
  assert.strictEqual(stdout, 'out\n');
  assert.strictEqual(stderr, 'err\n');
}));
cp.execFile('echo', ['x'], common.mustCall((err, stdout) => {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout, 'x\n');
}));
util.promisify(cp.exec)('echo p').then(common.mustCall((r) => {
  assert.deepStrictEqual(r, { stdout: 'p\n', stderr: '' });
}));
