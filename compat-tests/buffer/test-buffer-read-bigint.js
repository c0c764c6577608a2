// covers: Buffer.prototype.readBigInt64LE, Buffer.prototype.readBigInt64BE, Buffer.prototype.readBigUInt64LE, Buffer.prototype.readBigUInt64BE, Buffer.prototype.readBigUint64LE, Buffer.prototype.readBigUint64BE
'use strict';
const common = require('../common');
const assert = require('assert');

const b = Buffer.from('0102030405060708ffffffffffffffff', 'hex');
assert.strictEqual(b.readBigUInt64BE(0), 0x0102030405060708n);
assert.strictEqual(b.readBigUInt64LE(0), 0x0807060504030201n);
assert.strictEqual(b.readBigInt64BE(8), -1n);
assert.strictEqual(b.readBigUInt64BE(8), 0xffffffffffffffffn);
assert.strictEqual(b.readBigInt64LE(0), 0x0807060504030201n);

const min = Buffer.from('8000000000000000', 'hex');
assert.strictEqual(min.readBigInt64BE(), -(2n ** 63n));
assert.strictEqual(min.readBigUInt64BE(), 2n ** 63n);
assert.strictEqual(min.readBigInt64LE(), 128n);

assert.strictEqual(b.readBigUint64LE, b.readBigUInt64LE);
assert.strictEqual(b.readBigUint64BE, b.readBigUInt64BE);

assert.throws(() => b.readBigInt64LE(9), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 8. Received 9',
}));
assert.throws(() => Buffer.alloc(7).readBigUInt64BE(0), common.expectsError({
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
}));
assert.throws(() => b.readBigInt64BE('0'), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "offset" argument must be of type number. Received type string (\'0\')',
}));
