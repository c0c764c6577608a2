// covers: Buffer.prototype.writeInt32LE, Buffer.prototype.readInt32LE, Buffer.prototype.writeUInt16BE, Buffer.prototype.readUInt16BE, Buffer.prototype.writeDoubleBE, Buffer.prototype.readDoubleBE, Buffer.prototype.writeIntLE, Buffer.prototype.readIntLE
'use strict';
require('../common');
const assert = require('assert');

// Deterministic pseudo-random values (LCG) for round-trips.
let seed = 12345;
function next() {
  seed = (seed * 1103515245 + 12345) >>> 0;
  return seed;
}

const b = Buffer.alloc(16);
for (let i = 0; i < 200; i++) {
  const off = next() % 8;
  const i32 = next() | 0;
  b.writeInt32LE(i32, off);
  assert.strictEqual(b.readInt32LE(off), i32);
  b.writeInt32BE(i32, off);
  assert.strictEqual(b.readInt32BE(off), i32);

  const u16 = next() & 0xffff;
  b.writeUInt16BE(u16, off);
  assert.strictEqual(b.readUInt16BE(off), u16);

  const d = (next() - 2 ** 31) / 7;
  b.writeDoubleBE(d, off);
  assert.strictEqual(b.readDoubleBE(off), d);

  const len = 1 + (next() % 6);
  const max = 2 ** (8 * len - 1);
  const v = (next() % max) * (next() & 1 ? -1 : 1);
  b.writeIntLE(v, off, len);
  assert.strictEqual(b.readIntLE(off, len), v);
  b.writeIntBE(v, off, len);
  assert.strictEqual(b.readIntBE(off, len), v);
}

// Big-endian vs little-endian byte order.
b.writeUInt32BE(0x11223344, 0);
assert.strictEqual(b.readUInt32LE(0), 0x44332211);
