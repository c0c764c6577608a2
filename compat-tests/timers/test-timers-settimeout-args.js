// covers: timers.setTimeout, globalThis.setTimeout
'use strict';
const common = require('../common');
const assert = require('assert');
const timers = require('timers');

// Extra arguments are passed to the callback.
setTimeout(common.mustCall((a, b, c) => {
  assert.deepStrictEqual([a, b, c], [1, 'two', undefined]);
}), 1, 1, 'two');
const t = timers.setTimeout(common.mustCall(function(...args) {
  assert.strictEqual(args.length, 0);
  // `this` is the Timeout object.
  assert.strictEqual(this, t);
}), 1);
// Delay may be omitted.
setTimeout(common.mustCall());
// String delays are coerced.
setTimeout(common.mustCall(), '2');
