// covers: process.nextTick, globalThis.setTimeout, globalThis.setImmediate
'use strict';
const common = require('../common');
const assert = require('assert');

// Work scheduled from microtasks still waits for the proper loop phase.
const order = [];
process.nextTick(() => {
  setImmediate(() => order.push('immediate-from-tick'));
  Promise.resolve().then(() => {
    order.push('promise-from-tick');
    process.nextTick(() => order.push('tick-from-promise'));
  });
});
setImmediate(() => order.push('immediate-main'));
process.on('exit', () => {
  // immediate-main was queued synchronously, before the tick queued its own.
  assert.deepStrictEqual(order, ['promise-from-tick', 'tick-from-promise',
                                 'immediate-main', 'immediate-from-tick']);
});
assert.ok(common);
