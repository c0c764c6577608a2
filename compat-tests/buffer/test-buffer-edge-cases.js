// covers: Buffer.prototype.copy, Buffer.prototype.indexOf, Buffer.prototype.includes, Buffer.prototype.toString, Buffer.from, Buffer.prototype.writeBigInt64LE, Buffer.prototype.asciiWrite
'use strict';
require('../common');
const assert = require('assert');

// copy() moves bytes into any typed array, not only Uint8Array.
const words = new Uint16Array(2);
assert.strictEqual(Buffer.of(1, 2, 3, 4, 5).copy(words), 4);
assert.deepStrictEqual([...new Uint8Array(words.buffer)], [1, 2, 3, 4]);

// UTF-16 search ignores an odd trailing byte of the needle and never matches mid code unit.
assert.strictEqual(Buffer.from('ff').indexOf(Buffer.from('f'), 0, 'ucs2'), -1);
assert.strictEqual(Buffer.from('abcdef').indexOf(Buffer.from('cd'), 1, 'ucs2'), 2);
assert.strictEqual(Buffer.from('abcdef').indexOf(Buffer.from('cde'), 0, 'ucs2'), 2);

// includes() works when borrowed by a plain Uint8Array.
const u8 = Uint8Array.of(0xa3, 0x03);
assert.strictEqual(Buffer.prototype.includes.call(u8, '\u03a3', 0, 'utf16le'), true);

// A long repetitive needle is found quickly in both directions.
const hay = Buffer.from('ab'.repeat(200000) + 'c');
const needle = Buffer.from('ab'.repeat(1000) + 'c');
assert.strictEqual(hay.indexOf(needle), 400001 - needle.length);
assert.strictEqual(hay.lastIndexOf(Buffer.from('ab'.repeat(1000))), 400000 - 2000);

// The encoding argument is converted to a string.
assert.strictEqual(Buffer.from('abc').toString({ toString() { return 'hex'; } }), '616263');

// A view without a length follows a resizable ArrayBuffer.
const ab = new ArrayBuffer(4, { maxByteLength: 8 });
const view = Buffer.from(ab, 1);
ab.resize(8);
assert.strictEqual(view.length, 7);

// Objects that only inherit from ArrayBuffer.prototype are not ArrayBuffers.
function Fake() {}
Object.setPrototypeOf(Fake.prototype, ArrayBuffer.prototype);
assert.throws(() => Buffer.from(new Fake()), { code: 'ERR_INVALID_ARG_TYPE' });

// Errors of bad arguments.
assert.throws(() => Buffer.alloc(8).writeBigInt64LE('1'), TypeError);
assert.throws(() => Buffer.alloc(1).asciiWrite('ww', 0, -1), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
assert.throws(() => Buffer.from('a').indexOf(() => {}),
              { code: 'ERR_INVALID_ARG_TYPE', message: /Received function $/ });
