// covers: process.on
'use strict';
const common = require('../common');
const assert = require('assert');

// 'uncaughtExceptionMonitor' runs before 'uncaughtException' and does not
// handle the error on its own.
const order = [];
const boom = new Error('monitored');
process.on('uncaughtExceptionMonitor', common.mustCall((err, origin) => {
  assert.strictEqual(err, boom);
  assert.strictEqual(origin, 'uncaughtException');
  order.push('monitor');
}));
process.on('uncaughtException', common.mustCall(() => order.push('handler')));
process.nextTick(() => { throw boom; });
process.on('exit', () => assert.deepStrictEqual(order, ['monitor', 'handler']));
