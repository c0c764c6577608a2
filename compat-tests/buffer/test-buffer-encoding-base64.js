// covers: Buffer.from, Buffer.prototype.toString, Buffer.byteLength
'use strict';
require('../common');
const assert = require('assert');

// RFC 4648 test vectors.
const vectors = [
  ['', ''], ['f', 'Zg=='], ['fo', 'Zm8='], ['foo', 'Zm9v'],
  ['foob', 'Zm9vYg=='], ['fooba', 'Zm9vYmE='], ['foobar', 'Zm9vYmFy'],
];
for (const [plain, enc] of vectors) {
  assert.strictEqual(Buffer.from(plain).toString('base64'), enc);
  assert.strictEqual(Buffer.from(enc, 'base64').toString(), plain);
}

// Missing padding is accepted.
assert.strictEqual(Buffer.from('Zg', 'base64').toString(), 'f');
assert.strictEqual(Buffer.from('Zm8', 'base64').toString(), 'fo');

// Whitespace and newlines are ignored.
assert.strictEqual(Buffer.from('Zm9v\nYmFy', 'base64').toString(), 'foobar');
assert.strictEqual(Buffer.from(' Zm 9v YmFy ', 'base64').toString(), 'foobar');
assert.strictEqual(Buffer.from('Zm9v\r\n\tYmE=', 'base64').toString(), 'fooba');

// URL-safe alphabet is accepted by the base64 decoder too.
assert.deepStrictEqual([...Buffer.from('-_-_', 'base64')], [0xfb, 0xff, 0xbf]);
assert.deepStrictEqual([...Buffer.from('+/+/', 'base64')], [0xfb, 0xff, 0xbf]);

// Encoder always emits the standard alphabet with padding.
assert.strictEqual(Buffer.from([0xfb, 0xff]).toString('base64'), '+/8=');

// Binary data round trip.
const all = Buffer.alloc(256);
for (let i = 0; i < 256; i++) all[i] = i;
assert.deepStrictEqual(Buffer.from(all.toString('base64'), 'base64'), all);

// byteLength estimates from length and padding.
assert.strictEqual(Buffer.byteLength('Zm9vYmFy', 'base64'), 6);
assert.strictEqual(Buffer.byteLength('Zm9vYg==', 'base64'), 4);
assert.strictEqual(Buffer.byteLength('Zm9vYmE=', 'base64'), 5);

// Data after padding: decoding stops at the padding.
assert.strictEqual(Buffer.from('Zg==Zm8=', 'base64').toString(), 'f');
