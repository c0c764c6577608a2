// covers: Buffer.prototype.utf8Slice, Buffer.prototype.hexSlice, Buffer.prototype.hexWrite
// covers: Buffer.prototype.base64Slice, Buffer.prototype.base64Write
// covers: Buffer.prototype.base64urlSlice, Buffer.prototype.base64urlWrite
// covers: Buffer.prototype.ucs2Slice, Buffer.prototype.ucs2Write
'use strict';
const common = require('../common');
const assert = require('assert');

// The per-encoding slice methods decode [start, end) like toString(encoding, start, end).
const text = Buffer.from('h\u00e9llo \u20ac');
assert.strictEqual(text.utf8Slice(), 'h\u00e9llo \u20ac');
assert.strictEqual(text.utf8Slice(0, 3), 'h\u00e9');
assert.strictEqual(text.utf8Slice(0, 2), 'h\ufffd');   // cut inside a character
assert.strictEqual(text.utf8Slice(3, 3), '');

const bytes = Buffer.from([0x00, 0xfb, 0xff, 0x10, 0xab]);
assert.strictEqual(bytes.hexSlice(), '00fbff10ab');
assert.strictEqual(bytes.hexSlice(1, 3), 'fbff');
assert.strictEqual(bytes.base64Slice(), 'APv/EKs=');
assert.strictEqual(bytes.base64Slice(1, 3), '+/8=');
assert.strictEqual(bytes.base64urlSlice(), 'APv_EKs');
assert.strictEqual(bytes.base64urlSlice(1, 3), '-_8');

const u16 = Buffer.from('a\u20acz', 'utf16le');
assert.strictEqual(u16.ucs2Slice(), 'a\u20acz');
assert.strictEqual(u16.ucs2Slice(2, 4), '\u20ac');
assert.strictEqual(u16.ucs2Slice(0, 3), 'a');          // odd trailing byte dropped

const range = common.expectsError({ code: 'ERR_OUT_OF_RANGE', name: 'RangeError' });
assert.throws(() => bytes.hexSlice(0, 10), range);
assert.throws(() => bytes.utf8Slice(6, 7), range);

// The write methods encode a string at an offset and return the bytes written.
const dst = Buffer.alloc(8);
assert.strictEqual(dst.hexWrite('0102', 0), 2);
assert.strictEqual(dst.hexWrite('aabbccdd', 6, 2), 2);   // limited by length
assert.deepStrictEqual([...dst], [1, 2, 0, 0, 0, 0, 0xaa, 0xbb]);
assert.strictEqual(dst.hexWrite('ffzz', 2), 1);          // stops at the first bad pair
assert.strictEqual(dst[2], 0xff);
assert.strictEqual(dst.hexWrite('zz', 3), 0);

dst.fill(0);
assert.strictEqual(dst.base64Write('AQID', 1), 3);
assert.deepStrictEqual([...dst.subarray(0, 5)], [0, 1, 2, 3, 0]);
assert.strictEqual(dst.base64Write('+/8=', 4), 2);
assert.deepStrictEqual([...dst.subarray(4, 6)], [0xfb, 0xff]);
dst.fill(0);
assert.strictEqual(dst.base64urlWrite('-_8', 0), 2);
assert.deepStrictEqual([...dst.subarray(0, 2)], [0xfb, 0xff]);
// Both alphabets are accepted by either method.
assert.strictEqual(dst.base64urlWrite('+/8', 2), 2);
assert.deepStrictEqual([...dst.subarray(2, 4)], [0xfb, 0xff]);

dst.fill(0);
assert.strictEqual(dst.ucs2Write('hi', 2), 4);
assert.deepStrictEqual([...dst.subarray(0, 6)], [0, 0, 0x68, 0, 0x69, 0]);
assert.strictEqual(dst.ucs2Write('abc', 5), 2);          // only whole code units fit
assert.deepStrictEqual([...dst.subarray(5)], [0x61, 0, 0]);

// Round trips through the matching slice methods.
const rt = Buffer.alloc(16);
const n = rt.base64Write(bytes.base64Slice(), 0);
assert.strictEqual(rt.hexSlice(0, n), '00fbff10ab');
assert.throws(() => rt.hexWrite('00', 20),
              common.expectsError({ code: 'ERR_BUFFER_OUT_OF_BOUNDS', name: 'RangeError' }));
