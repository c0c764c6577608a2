// covers: Buffer.from, Buffer.prototype.toString, Buffer.isEncoding, Buffer.byteLength
'use strict';
require('../common');
const assert = require('assert');

assert.strictEqual(Buffer.isEncoding('base64url'), true);

// No padding, URL-safe alphabet.
assert.strictEqual(Buffer.from('f').toString('base64url'), 'Zg');
assert.strictEqual(Buffer.from('fo').toString('base64url'), 'Zm8');
assert.strictEqual(Buffer.from('foo').toString('base64url'), 'Zm9v');
assert.strictEqual(Buffer.from([0xfb, 0xff, 0xbf]).toString('base64url'), '-_-_');
assert.strictEqual(Buffer.from([0xfb, 0xff]).toString('base64url'), '-_8');

// Decoder accepts both alphabets and optional padding.
assert.deepStrictEqual([...Buffer.from('-_8', 'base64url')], [0xfb, 0xff]);
assert.deepStrictEqual([...Buffer.from('+/8=', 'base64url')], [0xfb, 0xff]);
assert.strictEqual(Buffer.from('Zm9vYg==', 'base64url').toString(), 'foob');

const data = Buffer.from('subjects?_d=1&x>y');
assert.deepStrictEqual(Buffer.from(data.toString('base64url'), 'base64url'), data);
assert.strictEqual(Buffer.byteLength('Zm9vYmFy', 'base64url'), 6);
assert.strictEqual(Buffer.byteLength('Zm9vYg', 'base64url'), 4);

// write() with base64url.
const b = Buffer.alloc(3);
assert.strictEqual(b.write('-_-_', 'base64url'), 3);
assert.deepStrictEqual([...b], [0xfb, 0xff, 0xbf]);
