// covers: Buffer.from, Buffer.prototype.toString, Buffer.byteLength
'use strict';
require('../common');
const assert = require('assert');

// Multi-byte sequences of each length.
assert.strictEqual(Buffer.from('a').toString('hex'), '61');
assert.strictEqual(Buffer.from('é').toString('hex'), 'c3a9');
assert.strictEqual(Buffer.from('€').toString('hex'), 'e282ac');
assert.strictEqual(Buffer.from('😀').toString('hex'), 'f09f9880');
assert.strictEqual(Buffer.from('f09f9880', 'hex').toString('utf8'), '😀');

// 'utf-8' and 'utf8' are synonyms.
assert.strictEqual(Buffer.from('héllo', 'utf-8').toString('utf-8'), 'héllo');

// Lone surrogates are encoded as U+FFFD (EF BF BD).
assert.strictEqual(Buffer.from('\ud800').toString('hex'), 'efbfbd');
assert.strictEqual(Buffer.from('a\udc00b').toString('hex'), '61efbfbd62');
assert.strictEqual(Buffer.byteLength('\ud800'), 3);

// Invalid sequences decode to replacement chars.
assert.strictEqual(Buffer.from([0xff]).toString(), '\ufffd');
assert.strictEqual(Buffer.from([0xc3]).toString(), '\ufffd');           // truncated 2-byte
assert.strictEqual(Buffer.from([0xe2, 0x82]).toString(), '\ufffd');     // truncated 3-byte, maximal subpart
assert.strictEqual(Buffer.from([0xc0, 0x80]).toString(), '\ufffd\ufffd'); // overlong
assert.strictEqual(Buffer.from([0xed, 0xa0, 0x80]).toString(), '\ufffd\ufffd\ufffd'); // encoded surrogate
assert.strictEqual(Buffer.from([0x61, 0x80, 0x62]).toString(), 'a\ufffdb');
assert.strictEqual(Buffer.from([0xf4, 0x90, 0x80, 0x80]).toString(), '\ufffd\ufffd\ufffd\ufffd');

// A BOM is preserved by toString.
assert.strictEqual(Buffer.from([0xef, 0xbb, 0xbf, 0x41]).toString(), '\ufeffA');

// NUL characters round-trip.
assert.strictEqual(Buffer.from('a\0b').length, 3);
assert.strictEqual(Buffer.from('a\0b').toString(), 'a\0b');

// Large strings round-trip.
const big = 'ab€😀'.repeat(10000);
assert.strictEqual(Buffer.from(big).toString(), big);
assert.strictEqual(Buffer.byteLength(big), 9 * 10000);
