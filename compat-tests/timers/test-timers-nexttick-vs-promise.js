// covers: process.nextTick, globalThis.queueMicrotask
'use strict';
const common = require('../common');
const assert = require('assert');

// A nextTick scheduled from inside a promise reaction runs only after the
// whole microtask queue has drained; promises scheduled from a nextTick run
// after the whole tick queue has drained.
const order = [];
Promise.resolve().then(() => {
  order.push('p1');
  process.nextTick(() => order.push('tick-from-p1'));
  Promise.resolve().then(() => order.push('p1-chained'));
});
process.nextTick(() => {
  order.push('t1');
  Promise.resolve().then(() => order.push('promise-from-t1'));
  process.nextTick(() => order.push('t1-nested'));
});
process.nextTick(() => order.push('t2'));
setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(order, [
    't1', 't2', 't1-nested',
    'p1', 'promise-from-t1', 'p1-chained',
    'tick-from-p1',
  ]);
}));
