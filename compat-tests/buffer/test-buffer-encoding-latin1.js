// covers: Buffer.from, Buffer.prototype.toString, Buffer.prototype.latin1Write, Buffer.prototype.latin1Slice, Buffer.byteLength
'use strict';
require('../common');
const assert = require('assert');

// latin1 keeps the low byte of each UTF-16 code unit.
assert.deepStrictEqual([...Buffer.from('\u00e9\u00ff', 'latin1')], [0xe9, 0xff]);
assert.deepStrictEqual([...Buffer.from('\u0100\u20ac', 'latin1')], [0x00, 0xac]);
assert.deepStrictEqual([...Buffer.from('😀', 'latin1')], [0x3d, 0x00]);

// 'binary' is an alias.
assert.deepStrictEqual(Buffer.from('\u00e9', 'binary'), Buffer.from('\u00e9', 'latin1'));
assert.strictEqual(Buffer.from([0xe9, 0x80]).toString('binary'), '\u00e9\u0080');

// Every byte maps to exactly one char.
const all = Buffer.alloc(256);
for (let i = 0; i < 256; i++) all[i] = i;
const s = all.toString('latin1');
assert.strictEqual(s.length, 256);
for (let i = 0; i < 256; i++) assert.strictEqual(s.charCodeAt(i), i);
assert.deepStrictEqual(Buffer.from(s, 'latin1'), all);
assert.strictEqual(Buffer.byteLength(s, 'latin1'), 256);

// Explicit slice/write helpers.
const b = Buffer.alloc(4);
assert.strictEqual(b.latin1Write('\u00fcber', 0), 4);
assert.strictEqual(b.latin1Slice(0, 2), '\u00fcb');
assert.strictEqual(b.toString('latin1', 1), 'ber');
