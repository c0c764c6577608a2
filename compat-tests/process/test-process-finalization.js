// covers: process.finalization, process.finalization.register, process.finalization.unregister, process.finalization.registerBeforeExit
'use strict';
const common = require('../common');
const assert = require('assert');

const { finalization } = process;
assert.strictEqual(typeof finalization.register, 'function');
assert.strictEqual(typeof finalization.unregister, 'function');
assert.strictEqual(typeof finalization.registerBeforeExit, 'function');
// A registered callback runs at exit with the (still alive) object. It runs
// after ordinary 'exit' listeners, so the test starts as failing and the
// callback itself flips the exit code back to 0.
process.exitCode = 1;
const obj = { name: 'resource' };
finalization.register(obj, (o, event) => {
  assert.strictEqual(o, obj);
  assert.strictEqual(event, 'exit');
  process.exitCode = 0;
});
const obj2 = {};
finalization.register(obj2, common.mustNotCall());
finalization.unregister(obj2);
