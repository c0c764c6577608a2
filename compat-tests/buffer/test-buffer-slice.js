// covers: Buffer.prototype.subarray, Buffer.prototype.slice
'use strict';
require('../common');
const assert = require('assert');

const b = Buffer.from('abcdef');
const s = b.subarray(1, 4);
assert.ok(Buffer.isBuffer(s));
assert.strictEqual(s.toString(), 'bcd');
// Shares memory.
s[0] = 0x42;
assert.strictEqual(b.toString(), 'aBcdef');
assert.strictEqual(s.buffer, b.buffer);
assert.strictEqual(s.byteOffset, b.byteOffset + 1);

// Negative indices count from the end; out-of-range clamps.
assert.strictEqual(b.subarray(-2).toString(), 'ef');
assert.strictEqual(b.subarray(-100, 2).toString(), 'aB');
assert.strictEqual(b.subarray(2, 100).toString(), 'cdef');
assert.strictEqual(b.subarray(4, 2).length, 0);
assert.strictEqual(b.subarray().length, 6);

// slice is deprecated (doc-only) but behaves like subarray (shared memory).
const sl = b.slice(0, 2);
sl[1] = 0x62;
assert.strictEqual(b.toString(), 'abcdef');
assert.strictEqual(b.slice(-3, -1).toString(), 'de');
assert.ok(Buffer.isBuffer(b.slice(1)));
// Non-integer arguments are coerced.
assert.strictEqual(b.slice('1', '3').toString(), 'bc');
assert.strictEqual(b.slice(1.9, 3.2).toString(), 'bc');

// Uint8Array.prototype.slice makes a copy, unlike Buffer#slice.
const copy = Uint8Array.prototype.slice.call(b, 0, 1);
copy[0] = 0;
assert.strictEqual(b[0], 0x61);
