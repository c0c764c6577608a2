// covers: crypto.randomInt
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

// max is exclusive, min inclusive.
const counts = new Map();
for (let i = 0; i < 600; i++) {
  const n = crypto.randomInt(3);
  assert.ok(Number.isInteger(n) && n >= 0 && n < 3);
  counts.set(n, (counts.get(n) || 0) + 1);
}
assert.deepStrictEqual([...counts.keys()].sort(), [0, 1, 2]);
for (let i = 0; i < 100; i++) {
  const n = crypto.randomInt(-5, -2);
  assert.ok(n >= -5 && n < -2);
}
assert.strictEqual(crypto.randomInt(7, 8), 7);

crypto.randomInt(10, common.mustSucceed((n) => assert.ok(n >= 0 && n < 10)));
crypto.randomInt(1, 2, common.mustSucceed((n) => assert.strictEqual(n, 1)));

assert.throws(() => crypto.randomInt(5, 5), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "max" is out of range. It must be greater than the value of "min" (5). Received 5',
}));
assert.throws(() => crypto.randomInt(1.5), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "max" argument must be a safe integer. Received type number (1.5)',
}));
assert.throws(() => crypto.randomInt(0, 2 ** 48 + 1), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  message: /^The value of "max - min" is out of range\. It must be <= 281474976710655\./,
}));
