// covers: Buffer.from, Buffer.of, Buffer.prototype.buffer
'use strict';
require('../common');
const assert = require('assert');

// Arrays: values are truncated mod 256.
assert.deepStrictEqual([...Buffer.from([1, 255, 256, -1, 3.7])], [1, 255, 0, 255, 3]);
assert.deepStrictEqual([...Buffer.from(['1', 'x', null])], [1, 0, 0]);

// Array-like objects.
assert.deepStrictEqual([...Buffer.from({ length: 3, 0: 9, 1: 8, 2: 7 })], [9, 8, 7]);

// Buffer.of
assert.deepStrictEqual([...Buffer.of(1, 2, 300)], [1, 2, 44]);
assert.strictEqual(Buffer.of().length, 0);

// From another buffer: a copy, not a view.
const src = Buffer.from([1, 2, 3]);
const copy = Buffer.from(src);
copy[0] = 99;
assert.strictEqual(src[0], 1);

// From a typed array: element-wise truncated copy.
assert.deepStrictEqual([...Buffer.from(new Uint16Array([1, 258]))], [1, 2]);

// From an ArrayBuffer: a shared view.
const ab = new ArrayBuffer(8);
const view = Buffer.from(ab);
const u8 = new Uint8Array(ab);
u8[0] = 42;
assert.strictEqual(view[0], 42);
assert.strictEqual(view.buffer, ab);

// byteOffset and length into an ArrayBuffer.
const part = Buffer.from(ab, 2, 3);
assert.strictEqual(part.length, 3);
assert.strictEqual(part.byteOffset, 2);
part[0] = 5;
assert.strictEqual(u8[2], 5);
assert.strictEqual(Buffer.from(ab, 6).length, 2);

assert.throws(() => Buffer.from(ab, 9), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  name: 'RangeError',
  message: '"offset" is outside of buffer bounds',
});
assert.throws(() => Buffer.from(ab, 2, 7), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  name: 'RangeError',
  message: '"length" is outside of buffer bounds',
});

// SharedArrayBuffer is also accepted.
const sab = new SharedArrayBuffer(4);
const sbuf = Buffer.from(sab);
sbuf[1] = 3;
assert.strictEqual(new Uint8Array(sab)[1], 3);

// Objects with valueOf / Symbol.toPrimitive.
assert.strictEqual(Buffer.from(new String('abc')).toString(), 'abc');
assert.strictEqual(Buffer.from({ [Symbol.toPrimitive]() { return 'hey'; } }).toString(), 'hey');
