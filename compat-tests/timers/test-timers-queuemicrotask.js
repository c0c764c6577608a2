// covers: globalThis.queueMicrotask
'use strict';
const common = require('../common');
const assert = require('assert');

// queueMicrotask shares the FIFO microtask queue with promise reactions.
const order = [];
Promise.resolve().then(() => order.push('p1'));
queueMicrotask(() => order.push('m1'));
Promise.resolve().then(() => order.push('p2'));
queueMicrotask(common.mustCall(function(...args) {
  // Called with no arguments and undefined this.
  assert.strictEqual(args.length, 0);
  assert.strictEqual(this, undefined);
  order.push('m2');
  queueMicrotask(() => order.push('m2-nested'));
}));
order.push('sync');
setTimeout(common.mustCall(() => {
  assert.deepStrictEqual(order, ['sync', 'p1', 'm1', 'p2', 'm2', 'm2-nested']);
}), 1);
for (const bad of [undefined, null, 1, 'x', {}]) {
  assert.throws(() => queueMicrotask(bad), common.expectsError({
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
    message: /^The "callback" argument must be of type function\./,
  }));
}
