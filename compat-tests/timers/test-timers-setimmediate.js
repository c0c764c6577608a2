// covers: timers.setImmediate, timers.clearImmediate, globalThis.setImmediate, globalThis.clearImmediate, timers.Immediate.prototype.hasRef, timers.Immediate.prototype.ref, timers.Immediate.prototype.unref
'use strict';
const common = require('../common');
const assert = require('assert');
const timers = require('timers');

const im = setImmediate(common.mustCall(function(a, b) {
  assert.deepStrictEqual([a, b], ['x', 2]);
  assert.strictEqual(this, im);
}), 'x', 2);
assert.strictEqual(im.constructor.name, 'Immediate');
assert.strictEqual(im.hasRef(), true);
assert.strictEqual(im.unref(), im);
assert.strictEqual(im.hasRef(), false);
assert.strictEqual(im.ref(), im);
assert.strictEqual(im.hasRef(), true);
// Cleared immediates do not run, even if cleared from an earlier immediate.
const victim = timers.setImmediate(common.mustNotCall());
setImmediate(common.mustCall(() => clearImmediate(later)));
const later = setImmediate(common.mustNotCall());
timers.clearImmediate(victim);
// Immediates run in FIFO order.
const order = [];
setImmediate(() => order.push(1));
setImmediate(() => order.push(2));
setImmediate(() => order.push(3));
process.on('exit', () => assert.deepStrictEqual(order, [1, 2, 3]));
