// covers: globalThis.setTimeout
'use strict';
const common = require('../common');
const assert = require('assert');

// Timers with the same delay fire in the order they were created.
const order = [];
for (let i = 0; i < 10; i++) setTimeout(() => order.push(i), 5);
// A delay of 0 is treated as 1, so these two are in creation order too.
setTimeout(() => order.push('one'), 1);
setTimeout(() => order.push('zero'), 0);
// A shorter timer created later fires before a longer earlier one.
setTimeout(() => order.push('long'), 30);
setTimeout(() => order.push('short'), 2);
process.on('exit', () => {
  assert.deepStrictEqual(order.filter((x) => typeof x === 'number'), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  assert.ok(order.indexOf('one') < order.indexOf('zero'));
  assert.ok(order.indexOf('short') < order.indexOf('long'));
  assert.strictEqual(order[order.length - 1], 'long');
});
