// covers: Buffer.fromBase64, Buffer.fromHex, Buffer.prototype.toBase64, Buffer.prototype.toHex
// covers: Buffer.prototype.setFromBase64, Buffer.prototype.setFromHex
'use strict';
const common = require('../common');
const assert = require('assert');

// The TC39 Uint8Array base64/hex methods, inherited by Buffer (newer V8 only).
if (typeof Uint8Array.fromBase64 !== 'function') {
  common.skip('Uint8Array.fromBase64 is not available in this engine');
}

// The statics return plain Uint8Arrays, not Buffers.
const a = Buffer.fromBase64('AQID+/8=');
assert.ok(a instanceof Uint8Array);
assert.strictEqual(Buffer.isBuffer(a), false);
assert.deepStrictEqual([...a], [1, 2, 3, 0xfb, 0xff]);
assert.deepStrictEqual([...Buffer.fromBase64('-_8', { alphabet: 'base64url' })], [0xfb, 0xff]);
assert.throws(() => Buffer.fromBase64('-_8'), SyntaxError);     // wrong alphabet
assert.throws(() => Buffer.fromBase64('AQ=', { lastChunkHandling: 'strict' }), SyntaxError);
assert.deepStrictEqual([...Buffer.fromBase64(' AQ ID ')], [1, 2, 3]);  // whitespace skipped

const h = Buffer.fromHex('00ff10Ab');
assert.deepStrictEqual([...h], [0, 0xff, 0x10, 0xab]);
assert.strictEqual(Buffer.isBuffer(h), false);
assert.throws(() => Buffer.fromHex('abc'), SyntaxError);        // odd length
assert.throws(() => Buffer.fromHex('zz'), SyntaxError);
assert.throws(() => Buffer.fromHex(5), TypeError);

// Instance methods on a Buffer.
const buf = Buffer.from([0xfb, 0xff, 0x00, 0x41]);
assert.strictEqual(buf.toBase64(), '+/8AQQ==');
assert.strictEqual(buf.toBase64({ alphabet: 'base64url' }), '-_8AQQ==');
assert.strictEqual(buf.toBase64({ omitPadding: true }), '+/8AQQ');
assert.strictEqual(buf.toHex(), 'fbff0041');
assert.strictEqual(buf.subarray(1, 3).toHex(), 'ff00');
assert.strictEqual(Buffer.alloc(0).toHex(), '');
// They agree with Buffer's own encodings.
assert.strictEqual(buf.toBase64(), buf.toString('base64'));
assert.strictEqual(buf.toHex(), buf.toString('hex'));

// setFromHex / setFromBase64 decode into the buffer and report what they consumed.
const target = Buffer.alloc(4);
assert.deepStrictEqual(target.setFromHex('0a0b0c0d0e'), { read: 8, written: 4 });
assert.deepStrictEqual([...target], [0x0a, 0x0b, 0x0c, 0x0d]);
assert.deepStrictEqual(target.setFromHex('ff'), { read: 2, written: 1 });
assert.deepStrictEqual([...target], [0xff, 0x0b, 0x0c, 0x0d]);
assert.throws(() => target.setFromHex('f'), SyntaxError);

const t2 = Buffer.alloc(5);
assert.deepStrictEqual(t2.setFromBase64('AQIDBA=='), { read: 8, written: 4 });
assert.deepStrictEqual([...t2], [1, 2, 3, 4, 0]);
// Only whole 3-byte chunks are written when space runs out.
const t3 = Buffer.alloc(4);
assert.deepStrictEqual(t3.setFromBase64('AQIDBAUG'), { read: 4, written: 3 });
assert.deepStrictEqual([...t3], [1, 2, 3, 0]);
assert.deepStrictEqual(t3.subarray(3).setFromBase64('_w', { alphabet: 'base64url' }),
                       { read: 2, written: 1 });
assert.strictEqual(t3[3], 0xff);
assert.throws(() => t3.setFromBase64('@@@@'), SyntaxError);
