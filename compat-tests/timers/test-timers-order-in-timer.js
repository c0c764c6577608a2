// covers: globalThis.setImmediate, globalThis.setTimeout
'use strict';
const common = require('../common');
const assert = require('assert');

// Inside a timer callback, a new setImmediate fires before a new setTimeout(0)
// because the check phase follows the timers phase of the same loop iteration.
setTimeout(common.mustCall(() => {
  const order = [];
  setTimeout(common.mustCall(() => {
    order.push('timeout');
    assert.deepStrictEqual(order, ['immediate', 'timeout']);
  }), 0);
  setImmediate(common.mustCall(() => order.push('immediate')));
}), 1);
