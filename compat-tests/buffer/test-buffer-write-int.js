// covers: Buffer.prototype.writeInt8, Buffer.prototype.writeInt16LE, Buffer.prototype.writeInt16BE, Buffer.prototype.writeInt32LE, Buffer.prototype.writeInt32BE
'use strict';
const common = require('../common');
const assert = require('assert');

const b = Buffer.alloc(8);
// Return value is offset + bytes written.
assert.strictEqual(b.writeInt8(-1, 0), 1);
assert.strictEqual(b.writeInt8(127, 1), 2);
assert.strictEqual(b.toString('hex', 0, 2), 'ff7f');

assert.strictEqual(b.writeInt16LE(-2, 0), 2);
assert.strictEqual(b.toString('hex', 0, 2), 'feff');
assert.strictEqual(b.writeInt16BE(-32768, 2), 4);
assert.strictEqual(b.toString('hex', 2, 4), '8000');

assert.strictEqual(b.writeInt32LE(-123456789, 0), 4);
assert.strictEqual(b.readInt32LE(0), -123456789);
assert.strictEqual(b.writeInt32BE(0x01020304, 4), 8);
assert.strictEqual(b.toString('hex', 4), '01020304');

// Default offset is 0.
b.writeInt16BE(0x0a0b);
assert.strictEqual(b.toString('hex', 0, 2), '0a0b');

// Fractional values are truncated.
b.writeInt8(-3.9, 0);
assert.strictEqual(b.readInt8(0), -3);

assert.throws(() => b.writeInt8(128, 0), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "value" is out of range. It must be >= -128 and <= 127. Received 128',
}));
assert.throws(() => b.writeInt16LE(-32769, 0), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= -32768 and <= 32767. Received -32769',
}));
assert.throws(() => b.writeInt32BE(2 ** 31, 0), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= -2147483648 and <= 2147483647. ' +
           'Received 2147483648',
}));
assert.throws(() => b.writeInt32LE(0, 5), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 4. Received 5',
}));
assert.throws(() => b.writeInt16BE(1, '0'), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE' }));
