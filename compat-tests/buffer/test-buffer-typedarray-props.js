// covers: buffer, Buffer.BYTES_PER_ELEMENT, Buffer.prototype.BYTES_PER_ELEMENT, Buffer.poolSize
// covers: Buffer.prototype.length, Buffer.prototype.byteLength, Buffer.prototype.byteOffset
// covers: Buffer.prototype.offset, Buffer.prototype[Symbol.toStringTag]
'use strict';
const common = require('../common');
const assert = require('assert');
const buffer = require('buffer');

// The module object.
assert.strictEqual(require('node:buffer'), buffer);
assert.strictEqual(buffer.Buffer, Buffer);
assert.strictEqual(typeof buffer.kMaxLength, 'number');
assert.strictEqual(buffer.constants.MAX_LENGTH, buffer.kMaxLength);

// One byte per element, on the constructor and on instances.
assert.strictEqual(Buffer.BYTES_PER_ELEMENT, 1);
assert.strictEqual(Buffer.prototype.BYTES_PER_ELEMENT, 1);
assert.strictEqual(Buffer.alloc(3).BYTES_PER_ELEMENT, 1);

// The tag is that of Uint8Array; on the prototype itself it is undefined.
assert.strictEqual(Buffer.alloc(1)[Symbol.toStringTag], 'Uint8Array');
assert.strictEqual(Object.prototype.toString.call(Buffer.alloc(1)), '[object Uint8Array]');
assert.strictEqual(Buffer.prototype[Symbol.toStringTag], undefined);

// length, byteLength, byteOffset of views into a shared ArrayBuffer.
const ab = new ArrayBuffer(16);
const view = Buffer.from(ab, 4, 8);
assert.strictEqual(view.length, 8);
assert.strictEqual(view.byteLength, 8);
assert.strictEqual(view.byteOffset, 4);
assert.strictEqual(view.offset, 4);              // legacy alias of byteOffset
const sub = view.subarray(2, 5);
assert.strictEqual(sub.length, 3);
assert.strictEqual(sub.byteLength, 3);
assert.strictEqual(sub.byteOffset, 6);
assert.strictEqual(sub.offset, 6);
assert.strictEqual(sub.buffer, ab);
// length follows the characters' encoded size, not the string length.
assert.strictEqual(Buffer.from('\u20ac').length, 3);
assert.strictEqual(Buffer.from('\u20ac').byteLength, 3);
// A view of a resizable buffer follows its size.
if (typeof ArrayBuffer.prototype.resize === 'function') {
  const rab = new ArrayBuffer(4, { maxByteLength: 8 });
  const tracking = Buffer.from(rab);
  assert.strictEqual(tracking.length, 4);
  rab.resize(6);
  assert.strictEqual(tracking.length, 6);
  assert.strictEqual(tracking.byteLength, 6);
}

// poolSize: small allocUnsafe() buffers are slices of a shared pool of that size.
assert.strictEqual(typeof Buffer.poolSize, 'number');
assert.ok(Number.isInteger(Buffer.poolSize) && Buffer.poolSize > 0);
const small = Buffer.allocUnsafe(8);
assert.strictEqual(small.buffer.byteLength, Buffer.poolSize);
// Buffers of at least half the pool size get their own memory.
const large = Buffer.allocUnsafe(Buffer.poolSize);
assert.strictEqual(large.byteOffset, 0);
assert.strictEqual(large.buffer.byteLength, Buffer.poolSize);
assert.notStrictEqual(large.buffer, small.buffer);
// alloc() never uses the pool.
assert.strictEqual(Buffer.alloc(8).buffer.byteLength, 8);
assert.ok(common);
