// covers: Buffer.prototype.writeBigInt64LE, Buffer.prototype.writeBigInt64BE, Buffer.prototype.writeBigUInt64LE, Buffer.prototype.writeBigUInt64BE, Buffer.prototype.writeBigUint64LE
'use strict';
const common = require('../common');
const assert = require('assert');

const b = Buffer.alloc(8);
assert.strictEqual(b.writeBigUInt64BE(0x0102030405060708n, 0), 8);
assert.strictEqual(b.toString('hex'), '0102030405060708');
assert.strictEqual(b.writeBigUInt64LE(0x0102030405060708n), 8);
assert.strictEqual(b.toString('hex'), '0807060504030201');
assert.strictEqual(b.writeBigInt64BE(-1n), 8);
assert.strictEqual(b.toString('hex'), 'ffffffffffffffff');
assert.strictEqual(b.writeBigInt64LE(-(2n ** 63n)), 8);
assert.strictEqual(b.toString('hex'), '0000000000000080');

assert.strictEqual(b.writeBigUint64LE, b.writeBigUInt64LE);

assert.throws(() => b.writeBigUInt64BE(-1n), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "value" is out of range. It must be >= 0n and < 2n ** 64n. Received -1n',
}));
assert.throws(() => b.writeBigInt64LE(2n ** 63n), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= -(2n ** 63n) and < 2n ** 63n. ' +
           'Received 9_223_372_036_854_775_808n',
}));
// Number values are rejected.
assert.throws(() => b.writeBigInt64LE(1), common.expectsError({ name: 'TypeError' }));
assert.throws(() => b.writeBigInt64BE(1n, 1), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 0. Received 1',
}));
