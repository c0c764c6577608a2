// covers: crypto.randomBytes, crypto.pseudoRandomBytes
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const a = crypto.randomBytes(32);
assert.ok(Buffer.isBuffer(a));
assert.strictEqual(a.length, 32);
assert.notDeepStrictEqual(a, crypto.randomBytes(32));
assert.strictEqual(crypto.randomBytes(0).length, 0);

crypto.randomBytes(16, common.mustSucceed((buf) => {
  assert.ok(Buffer.isBuffer(buf));
  assert.strictEqual(buf.length, 16);
}));

// A crude uniformity check over many bytes: every byte value appears.
const big = crypto.randomBytes(65536);
const seen = new Set(big);
assert.strictEqual(seen.size, 256);

for (const bad of ['1', null, {}]) {
  assert.throws(() => crypto.randomBytes(bad), common.expectsError({
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
  }));
}
assert.throws(() => crypto.randomBytes(-1), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "size" is out of range. It must be >= 0 && <= 2147483647. Received -1',
}));
assert.throws(() => crypto.randomBytes(2 ** 31), common.expectsError({ code: 'ERR_OUT_OF_RANGE' }));
assert.throws(() => crypto.randomBytes(1, 'notfn'), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received type string (\'notfn\')',
}));
