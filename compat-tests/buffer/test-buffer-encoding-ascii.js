// covers: Buffer.from, Buffer.prototype.toString, Buffer.prototype.asciiSlice, Buffer.prototype.asciiWrite
'use strict';
require('../common');
const assert = require('assert');

assert.strictEqual(Buffer.from('hello', 'ascii').toString('hex'), '68656c6c6f');

// Encoding: like latin1, keeps the low byte.
assert.deepStrictEqual([...Buffer.from('\u00e9', 'ascii')], [0xe9]);
assert.deepStrictEqual([...Buffer.from('\u20ac', 'ascii')], [0xac]);

// Decoding: the high bit is stripped.
assert.strictEqual(Buffer.from([0x80, 0xe9, 0xff, 0x41]).toString('ascii'), '\u0000\u0069\u007fA');

const b = Buffer.alloc(5);
assert.strictEqual(b.asciiWrite('abcdefg'), 5);
assert.strictEqual(b.asciiSlice(1, 3), 'bc');
assert.strictEqual(b.toString('ascii'), 'abcde');

// Pure 7-bit text is identical under ascii, latin1 and utf8.
const text = 'The quick brown fox 0123456789 ~!@#';
assert.deepStrictEqual(Buffer.from(text, 'ascii'), Buffer.from(text, 'utf8'));
assert.strictEqual(Buffer.from(text).toString('ascii'), text);
assert.strictEqual(Buffer.byteLength(text, 'ascii'), text.length);
