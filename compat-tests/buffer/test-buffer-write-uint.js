// covers: Buffer.prototype.writeUInt8, Buffer.prototype.writeUInt16LE, Buffer.prototype.writeUInt16BE, Buffer.prototype.writeUInt32LE, Buffer.prototype.writeUInt32BE, Buffer.prototype.writeUint8, Buffer.prototype.writeUint32LE
'use strict';
const common = require('../common');
const assert = require('assert');

const b = Buffer.alloc(8);
assert.strictEqual(b.writeUInt8(255, 0), 1);
assert.strictEqual(b.writeUInt16LE(0xabcd, 1), 3);
assert.strictEqual(b.writeUInt16BE(0xabcd, 3), 5);
assert.strictEqual(b.toString('hex', 0, 5), 'ffcdababcd');
assert.strictEqual(b.writeUInt32LE(0xdeadbeef, 0), 4);
assert.strictEqual(b.toString('hex', 0, 4), 'efbeadde');
assert.strictEqual(b.writeUInt32BE(0xdeadbeef, 4), 8);
assert.strictEqual(b.toString('hex', 4), 'deadbeef');

assert.strictEqual(b.writeUint8, b.writeUInt8);
assert.strictEqual(b.writeUint32LE, b.writeUInt32LE);
assert.strictEqual(b.writeUint16BE, b.writeUInt16BE);

assert.throws(() => b.writeUInt8(256, 0), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "value" is out of range. It must be >= 0 and <= 255. Received 256',
}));
assert.throws(() => b.writeUInt8(-1, 0), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= 0 and <= 255. Received -1',
}));
assert.throws(() => b.writeUInt16BE(65536, 0), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= 0 and <= 65535. Received 65536',
}));
// Numbers above 2 ** 32 are printed with underscore separators.
assert.throws(() => b.writeUInt32LE(2 ** 32, 0), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= 0 and <= 4294967295. ' +
           'Received 4294967296',
}));
assert.throws(() => b.writeUInt32LE(2 ** 32 + 1, 0), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= 0 and <= 4294967295. ' +
           'Received 4_294_967_297',
}));
assert.throws(() => b.writeUInt8(1, 8), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 7. Received 8',
}));
assert.throws(() => Buffer.alloc(0).writeUInt8(1, 0), common.expectsError({
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  message: 'Attempt to access memory outside buffer bounds',
}));
