// covers: Buffer.prototype.fill, Buffer.alloc
'use strict';
const common = require('../common');
const assert = require('assert');

// Fills of a few MiB: whole patterns repeat across the range, an odd-length pattern is cut at
// the end, and nothing outside [offset, end) changes.
const MiB = 1 << 20;

function expected(pattern, length) {
  // A block of whole patterns of about 64 KiB, then whole blocks, then the cut tail.
  const block = Buffer.concat(new Array(Math.ceil(65536 / pattern.length)).fill(pattern));
  const parts = new Array(Math.floor(length / block.length)).fill(block);
  const rest = length % block.length;
  parts.push(block.subarray(0, rest));
  return Buffer.concat(parts, length);
}

// A single byte over 3 MiB (and a number outside 0-255, masked).
const a = Buffer.alloc(3 * MiB + 5).fill(0x161);
assert.ok(a.equals(expected(Buffer.from([0x61]), a.length)));

// A 7-byte pattern (no power of two is a multiple of it) inside a larger buffer.
const outer = Buffer.alloc(2 * MiB + 100, 0xee);
const start = 13;
const end = outer.length - 17;
outer.fill('abcdefg', start, end);
assert.ok(outer.subarray(start, end).equals(expected(Buffer.from('abcdefg'), end - start)));
assert.ok(outer.subarray(0, start).equals(Buffer.alloc(start, 0xee)));
assert.ok(outer.subarray(end).equals(Buffer.alloc(17, 0xee)));

// Multi-byte encodings and typed array patterns.
const euro = Buffer.alloc(MiB + 1, '€');
assert.ok(euro.equals(expected(Buffer.from('€'), MiB + 1)));
const hex = Buffer.alloc(MiB + 3, 'a1b2c3d4e5', 'hex');
assert.ok(hex.equals(expected(Buffer.from('a1b2c3d4e5', 'hex'), MiB + 3)));
const u16 = new Uint16Array([0x0102, 0x0304, 0x0506]);
const fromView = Buffer.alloc(MiB + 9).fill(u16);
assert.ok(fromView.equals(expected(Buffer.from(u16.buffer), MiB + 9)));

// A view over part of an ArrayBuffer fills only its own bytes.
const ab = new ArrayBuffer(MiB + 64);
const view = Buffer.from(ab, 32, MiB);
view.fill(5);
const all = Buffer.from(ab);
assert.strictEqual(all[31], 0);
assert.strictEqual(all[32], 5);
assert.strictEqual(all[32 + MiB - 1], 5);
assert.strictEqual(all[32 + MiB], 0);
assert.ok(common);
