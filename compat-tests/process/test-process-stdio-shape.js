// covers: process.stdout, process.stderr, process.stdin
'use strict';
const common = require('../common');
const assert = require('assert');

for (const name of ['stdout', 'stderr']) {
  const s = process[name];
  assert.strictEqual(typeof s.write, 'function', name);
  assert.strictEqual(typeof s.on, 'function', name);
  assert.strictEqual(s.writable, true, name);
  assert.strictEqual(typeof s.isTTY === 'boolean' || s.isTTY === undefined, true);
}
assert.strictEqual(process.stdout.fd, 1);
assert.strictEqual(process.stderr.fd, 2);
assert.strictEqual(typeof process.stdin.on, 'function');
// write returns a boolean and calls its callback.
const ret = process.stdout.write('', common.mustCall());
assert.strictEqual(typeof ret, 'boolean');
