// covers: process.allowedNodeEnvironmentFlags
'use strict';
require('../common');
const assert = require('assert');

const flags = process.allowedNodeEnvironmentFlags;
assert.ok(flags instanceof Set);
assert.ok(Object.isFrozen(flags));
assert.ok(flags.size > 50);
// has() takes the spellings NODE_OPTIONS takes: dashes or underscores, with or without the
// leading dashes, with a value.
for (const f of ['--no-warnings', 'no-warnings', '--no_warnings', '--max-old-space-size=64',
  '--stack-trace-limit', '-r', 'r', '--require']) {
  assert.strictEqual(flags.has(f), true, f);
}
for (const f of ['--not-a-node-flag', '--R', '---no-warnings', 'NO-WARNINGS', '', 42, undefined]) {
  assert.strictEqual(flags.has(f), false, String(f));
}
for (const f of flags) assert.match(f, /^--?[a-zA-Z0-9._-]+$/);
// Read-only: add, delete and clear change nothing, even called through Set.prototype.
const size = flags.size;
flags.add('--made-up');
Set.prototype.add.call(flags, '--made-up');
assert.strictEqual(flags.has('--made-up'), false);
assert.strictEqual(flags.delete('--no-warnings'), false);
flags.clear();
Set.prototype.clear.call(flags);
assert.strictEqual(flags.size, size);
const listed = [...flags].length;
assert.strictEqual([...flags.keys()].length, listed);
assert.strictEqual([...flags.entries()].length, listed);
const self = {};
flags.forEach(function(value, key, set) {
  assert.strictEqual(this, self);
  assert.strictEqual(value, key);
  assert.strictEqual(set, flags);
  assert.notStrictEqual(value, '--made-up');
}, self);
