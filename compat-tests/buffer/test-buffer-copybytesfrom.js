// covers: Buffer.copyBytesFrom
'use strict';
const common = require('../common');
const assert = require('assert');

const u16 = new Uint16Array([0x0102, 0x0304, 0x0506]);
const all = Buffer.copyBytesFrom(u16);
assert.strictEqual(all.length, 6);
assert.strictEqual(all.readUInt16LE(0), 0x0102);
// It is a copy.
u16[0] = 0;
assert.strictEqual(all.readUInt16LE(0), 0x0102);

// offset and length are in elements, not bytes.
const mid = Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1);
assert.strictEqual(mid.length, 2);
assert.strictEqual(mid.readUInt16LE(0), 2);
assert.strictEqual(Buffer.copyBytesFrom(new Uint8Array([1, 2, 3]), 1).length, 2);
assert.strictEqual(Buffer.copyBytesFrom(new Uint8Array([1, 2, 3]), 5).length, 0);
assert.strictEqual(Buffer.copyBytesFrom(new Float64Array([1.5])).readDoubleLE(0), 1.5);

assert.throws(() => Buffer.copyBytesFrom([1, 2]), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: /^The "view" argument must be an instance of TypedArray\./,
}));
assert.throws(() => Buffer.copyBytesFrom(new Uint8Array(2), -1), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
}));
assert.throws(() => Buffer.copyBytesFrom(new Uint8Array(2), 'a'), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
}));
