// covers: process.nextTick, globalThis.setTimeout
'use strict';
const common = require('../common');
const assert = require('assert');

const order = [];
async function f() {
  order.push('f-start');
  await null;
  order.push('f-after-await');
  await new Promise((r) => setTimeout(r, 1));
  order.push('f-after-timer');
}
f().then(() => order.push('f-done'));
Promise.resolve().then(() => order.push('then1')).then(() => order.push('then2'));
process.nextTick(() => order.push('tick'));
order.push('sync');
// Checked at exit, when every timer has run, so a slow machine cannot reorder the check itself.
process.on('exit', common.mustCall(() => {
  assert.deepStrictEqual(order.slice(0, 6),
                         ['f-start', 'sync', 'tick', 'f-after-await', 'then1', 'then2']);
  assert.ok(order.includes('f-done'));
  assert.ok(order.indexOf('f-after-timer') < order.indexOf('f-done'));
}));
