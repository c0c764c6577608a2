// covers: Buffer.prototype.writeIntLE, Buffer.prototype.writeIntBE, Buffer.prototype.writeUIntLE, Buffer.prototype.writeUIntBE
'use strict';
const common = require('../common');
const assert = require('assert');

const b = Buffer.alloc(6);
assert.strictEqual(b.writeUIntBE(0x010203, 0, 3), 3);
assert.strictEqual(b.toString('hex', 0, 3), '010203');
assert.strictEqual(b.writeUIntLE(0x010203, 3, 3), 6);
assert.strictEqual(b.toString('hex', 3), '030201');

assert.strictEqual(b.writeUIntBE(0x0102030405, 1, 5), 6);
assert.strictEqual(b.toString('hex', 1), '0102030405');
assert.strictEqual(b.writeUIntLE(2 ** 48 - 1, 0, 6), 6);
assert.strictEqual(b.toString('hex'), 'ffffffffffff');

assert.strictEqual(b.writeIntBE(-2, 0, 6), 6);
assert.strictEqual(b.toString('hex'), 'fffffffffffe');
assert.strictEqual(b.writeIntLE(-0x800000, 0, 3), 3);
assert.strictEqual(b.toString('hex', 0, 3), '000080');
assert.strictEqual(b.readIntLE(0, 3), -0x800000);

// Up to 4 bytes the bounds are printed in decimal...
assert.throws(() => b.writeUIntBE(0x1000000, 0, 3), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "value" is out of range. It must be >= 0 and <= 16777215. Received 16777216',
}));
assert.throws(() => b.writeIntLE(0x800000, 0, 3), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= -8388608 and <= 8388607. ' +
           'Received 8388608',
}));
// ...above that as powers of two.
assert.throws(() => b.writeUIntBE(2 ** 40, 0, 5), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= 0 and < 2 ** 40. ' +
           'Received 1_099_511_627_776',
}));
assert.throws(() => b.writeIntBE(2 ** 47, 0, 6), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= -(2 ** 47) and < 2 ** 47. ' +
           'Received 140_737_488_355_328',
}));
assert.throws(() => b.writeUIntLE(1, 0, 7), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "byteLength" is out of range. It must be >= 1 and <= 6. Received 7',
}));
assert.throws(() => b.writeIntBE(1, 4, 3), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 3. Received 4',
}));
// 1-byte and 2-byte variants use plain decimal bounds.
assert.throws(() => b.writeUIntBE(256, 0, 1), common.expectsError({
  message: 'The value of "value" is out of range. It must be >= 0 and <= 255. Received 256',
}));
