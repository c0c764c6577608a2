// covers: globalThis.TextEncoder, util.TextEncoder, globalThis.TextEncoder.prototype.encode, globalThis.TextEncoder.prototype.encodeInto, globalThis.TextEncoder.prototype.encoding
'use strict';
require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.TextEncoder, globalThis.TextEncoder);
const enc = new TextEncoder();
assert.strictEqual(enc.encoding, 'utf-8');

const out = enc.encode('h€😀');
assert.ok(out instanceof Uint8Array);
assert.ok(!Buffer.isBuffer(out));
assert.deepStrictEqual([...out], [0x68, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
assert.strictEqual(enc.encode().length, 0);
assert.strictEqual(enc.encode(undefined).length, 0);
assert.deepStrictEqual([...enc.encode(12)], [0x31, 0x32]);
// Lone surrogates become U+FFFD.
assert.deepStrictEqual([...enc.encode('\ud83d')], [0xef, 0xbf, 0xbd]);

// encodeInto: read counts UTF-16 units, written counts bytes; never splits a char.
const dest = new Uint8Array(5);
assert.deepStrictEqual(enc.encodeInto('a€😀', dest), { read: 2, written: 4 });
assert.deepStrictEqual([...dest], [0x61, 0xe2, 0x82, 0xac, 0]);
const big = new Uint8Array(16);
assert.deepStrictEqual(enc.encodeInto('a€😀', big), { read: 4, written: 8 });
assert.deepStrictEqual(enc.encodeInto('', big), { read: 0, written: 0 });
assert.deepStrictEqual(enc.encodeInto('abc', new Uint8Array(0)), { read: 0, written: 0 });
// Works into a Buffer and into a subarray.
const buf = Buffer.alloc(4);
enc.encodeInto('xy', buf.subarray(2));
assert.strictEqual(buf.toString('hex'), '00007879');

assert.throws(() => enc.encodeInto('a', []), { name: 'TypeError' });
