// covers: process.hrtime.bigint
'use strict';
const common = require('../common');
const assert = require('assert');

const a = process.hrtime.bigint();
assert.strictEqual(typeof a, 'bigint');
const start = Date.now();
while (Date.now() - start < 5) { /* spin a few ms */ }
const b = process.hrtime.bigint();
assert.ok(b > a);
// At least ~4ms in nanoseconds has passed (generous slack).
assert.ok(b - a >= 4000000n, String(b - a));
assert.ok(common);
