// covers: timers.Timeout.prototype[Symbol.dispose], timers.Immediate.prototype[Symbol.dispose], globalThis.setTimeout, globalThis.setImmediate
'use strict';
const common = require('../common');
const assert = require('assert');

if (typeof Symbol.dispose !== 'symbol') common.skip('Symbol.dispose not available');
// Disposing a timer cancels it.
const t = setTimeout(common.mustNotCall(), 1);
assert.strictEqual(typeof t[Symbol.dispose], 'function');
t[Symbol.dispose]();
const iv = setInterval(common.mustNotCall(), 1);
iv[Symbol.dispose]();
const im = setImmediate(common.mustNotCall());
assert.strictEqual(typeof im[Symbol.dispose], 'function');
im[Symbol.dispose]();
setTimeout(common.mustCall(), 5);
