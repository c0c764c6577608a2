// covers: Buffer.prototype.readFloatLE, Buffer.prototype.readFloatBE, Buffer.prototype.readDoubleLE, Buffer.prototype.readDoubleBE
'use strict';
const common = require('../common');
const assert = require('assert');

assert.strictEqual(Buffer.from('3f800000', 'hex').readFloatBE(0), 1);
assert.strictEqual(Buffer.from('0000803f', 'hex').readFloatLE(0), 1);
assert.strictEqual(Buffer.from('c0000000', 'hex').readFloatBE(0), -2);
assert.strictEqual(Buffer.from('7f800000', 'hex').readFloatBE(0), Infinity);
assert.strictEqual(Buffer.from('ff800000', 'hex').readFloatBE(0), -Infinity);
assert.ok(Number.isNaN(Buffer.from('7fc00000', 'hex').readFloatBE(0)));
assert.ok(Object.is(Buffer.from('80000000', 'hex').readFloatBE(0), -0));
// 0.1 is not exactly representable in float32.
assert.strictEqual(Buffer.from('3dcccccd', 'hex').readFloatBE(0), 0.10000000149011612);
// Smallest subnormal float.
assert.strictEqual(Buffer.from('00000001', 'hex').readFloatBE(0), 1.401298464324817e-45);

assert.strictEqual(Buffer.from('3ff0000000000000', 'hex').readDoubleBE(0), 1);
assert.strictEqual(Buffer.from('000000000000f03f', 'hex').readDoubleLE(0), 1);
assert.strictEqual(Buffer.from('3fb999999999999a', 'hex').readDoubleBE(0), 0.1);
assert.strictEqual(Buffer.from('7fefffffffffffff', 'hex').readDoubleBE(0), Number.MAX_VALUE);
assert.strictEqual(Buffer.from('0000000000000001', 'hex').readDoubleBE(0), 5e-324);
assert.ok(Number.isNaN(Buffer.from('7ff8000000000000', 'hex').readDoubleBE(0)));

// Unaligned offsets work.
const b = Buffer.alloc(9);
b.writeDoubleLE(Math.PI, 1);
assert.strictEqual(b.readDoubleLE(1), Math.PI);

assert.throws(() => b.readDoubleLE(2), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 1. Received 2',
}));
assert.throws(() => Buffer.alloc(3).readFloatBE(0), common.expectsError({
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  name: 'RangeError',
  message: 'Attempt to access memory outside buffer bounds',
}));
