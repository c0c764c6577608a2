// covers: process.nextTick, globalThis.queueMicrotask, globalThis.setImmediate, globalThis.setTimeout
'use strict';
const common = require('../common');
const assert = require('assert');

// From the main module: sync code, then nextTick queue, then promise
// microtasks, then timers/immediates.
const order = [];
setTimeout(() => order.push('timeout'), 0);
setImmediate(() => order.push('immediate'));
Promise.resolve().then(() => order.push('promise'));
queueMicrotask(() => order.push('microtask'));
process.nextTick(() => order.push('tick'));
order.push('sync');
process.on('exit', () => {
  assert.deepStrictEqual(order.slice(0, 4), ['sync', 'tick', 'promise', 'microtask']);
  // The relative order of timeout(0) and immediate from the main module is
  // not deterministic, but both must have run.
  assert.deepStrictEqual(order.slice(4).sort(), ['immediate', 'timeout']);
});
