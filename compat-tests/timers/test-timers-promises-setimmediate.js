// covers: timers/promises.setImmediate, timers.promises.setImmediate, globalThis.setTimeout
'use strict';
const common = require('../common');
const assert = require('assert');
const timers = require('timers');

(async () => {
  assert.strictEqual(await timers.promises.setImmediate('v'), 'v');
  assert.strictEqual(await timers.promises.setImmediate(), undefined);
  // It resolves in the check phase, after immediates queued before it, and
  // before immediates queued after it.
  const order = [];
  setImmediate(() => order.push('before'));
  const p = timers.promises.setImmediate().then(() => order.push('promise'));
  setImmediate(() => order.push('after'));
  await p;
  await require('timers/promises').setTimeout(5);
  assert.deepStrictEqual(order, ['before', 'promise', 'after']);
})().then(common.mustCall());
