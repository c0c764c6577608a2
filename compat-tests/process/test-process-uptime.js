// covers: process.uptime
'use strict';
const common = require('../common');
const assert = require('assert');

const a = process.uptime();
assert.strictEqual(typeof a, 'number');
assert.ok(a >= 0);
// Fractional seconds, monotonic.
setTimeout(common.mustCall(() => {
  const b = process.uptime();
  assert.ok(b >= a + 0.01, `${b} vs ${a}`);
  assert.ok(b < a + 60);
}), 20);
