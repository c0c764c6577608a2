// covers: process.on, process.once
'use strict';
const common = require('../common');
const assert = require('assert');

// 'beforeExit' fires when the loop empties; scheduling work from it keeps the
// process alive and causes another 'beforeExit' later. It does not fire on
// explicit process.exit().
let rounds = 0;
const order = [];
process.on('beforeExit', (code) => {
  assert.strictEqual(code, 0);
  rounds++;
  order.push(`beforeExit${rounds}`);
  if (rounds === 1) {
    setTimeout(() => order.push('timer-from-beforeExit'), 1);
  }
});
process.on('exit', () => {
  assert.strictEqual(rounds, 2);
  assert.deepStrictEqual(order, ['main', 'beforeExit1', 'timer-from-beforeExit', 'beforeExit2']);
});
setTimeout(() => order.push('main'), 1);
assert.ok(common);
