// covers: process.hrtime
'use strict';
const common = require('../common');
const assert = require('assert');

const t = process.hrtime();
assert.ok(Array.isArray(t));
assert.strictEqual(t.length, 2);
assert.ok(Number.isInteger(t[0]) && t[0] >= 0);
assert.ok(Number.isInteger(t[1]) && t[1] >= 0 && t[1] < 1e9);
// With a previous value it returns the difference.
const d = process.hrtime(t);
assert.ok(d[0] >= 0 && d[1] >= 0 && d[1] < 1e9);
assert.ok(d[0] * 1e9 + d[1] >= 0);
// Monotonic: a later reading is never smaller.
const a = process.hrtime();
const b = process.hrtime();
assert.ok(b[0] > a[0] || (b[0] === a[0] && b[1] >= a[1]));
assert.throws(() => process.hrtime(1), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
assert.throws(() => process.hrtime([1]), common.expectsError({ code: 'ERR_OUT_OF_RANGE', name: 'RangeError' }));
assert.throws(() => process.hrtime([1, 2, 3]), common.expectsError({ code: 'ERR_OUT_OF_RANGE' }));
