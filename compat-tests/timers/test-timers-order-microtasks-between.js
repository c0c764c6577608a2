// covers: globalThis.setTimeout, globalThis.setImmediate, process.nextTick
'use strict';
const common = require('../common');
const assert = require('assert');

// The nextTick and microtask queues are drained after each individual timer
// and immediate callback, not only at the end of the phase.
const order = [];
setTimeout(() => {
  order.push('t1');
  process.nextTick(() => order.push('t1-tick'));
  Promise.resolve().then(() => order.push('t1-promise'));
}, 1);
setTimeout(() => order.push('t2'), 1);
setImmediate(() => {
  order.push('i1');
  Promise.resolve().then(() => order.push('i1-promise'));
  process.nextTick(() => order.push('i1-tick'));
});
setImmediate(() => order.push('i2'));
process.on('exit', () => {
  const t = order.filter((x) => x.startsWith('t'));
  const i = order.filter((x) => x.startsWith('i'));
  assert.deepStrictEqual(t, ['t1', 't1-tick', 't1-promise', 't2']);
  assert.deepStrictEqual(i, ['i1', 'i1-tick', 'i1-promise', 'i2']);
});
