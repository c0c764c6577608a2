// covers: timers/promises.setTimeout, timers/promises.setImmediate, timers/promises.setInterval, timers/promises.scheduler
'use strict';
const common = require('../common');
const assert = require('assert');
const tp = require('timers/promises');

assert.strictEqual(require('node:timers/promises'), tp);
for (const name of ['setTimeout', 'setImmediate', 'setInterval']) {
  assert.strictEqual(typeof tp[name], 'function', name);
}
assert.strictEqual(typeof tp.scheduler, 'object');
assert.strictEqual(typeof tp.scheduler.wait, 'function');
assert.strictEqual(typeof tp.scheduler.yield, 'function');
// They return real promises / async iterators.
const p = tp.setImmediate();
assert.ok(p instanceof Promise);
const it = tp.setInterval(1);
assert.strictEqual(typeof it[Symbol.asyncIterator], 'function');
it.return().then(common.mustCall());
p.then(common.mustCall());
