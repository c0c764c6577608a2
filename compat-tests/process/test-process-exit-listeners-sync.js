// covers: process.on, process.once, process.exit
'use strict';
const common = require('../common');
const assert = require('assert');

// 'exit' listeners run synchronously; async work scheduled there never runs.
const order = [];
process.on('exit', () => {
  order.push('first');
  setTimeout(common.mustNotCall(), 0);
  setImmediate(common.mustNotCall());
  Promise.resolve().then(() => order.push('microtask'));
  process.nextTick(() => order.push('tick'));
});
process.once('exit', () => order.push('second'));
process.on('exit', (code) => {
  assert.strictEqual(code, 0);
  assert.deepStrictEqual(order, ['first', 'second']);
});
