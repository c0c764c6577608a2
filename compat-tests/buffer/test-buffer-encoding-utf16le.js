// covers: Buffer.from, Buffer.prototype.toString, Buffer.byteLength, Buffer.prototype.write
'use strict';
require('../common');
const assert = require('assert');

for (const enc of ['utf16le', 'utf-16le', 'ucs2', 'ucs-2', 'UTF16LE', 'UCS2']) {
  assert.strictEqual(Buffer.from('ab', enc).toString('hex'), '61006200', enc);
}
assert.strictEqual(Buffer.from('€', 'utf16le').toString('hex'), 'ac20');
assert.strictEqual(Buffer.from('😀', 'utf16le').toString('hex'), '3dd800de');
assert.strictEqual(Buffer.from('3dd800de', 'hex').toString('utf16le'), '😀');

// An odd trailing byte is ignored on decode.
assert.strictEqual(Buffer.from([0x61, 0x00, 0x62]).toString('ucs2'), 'a');

// Lone surrogates survive round-trip (no replacement in UTF-16).
assert.strictEqual(Buffer.from('\ud800', 'utf16le').toString('utf16le'), '\ud800');

assert.strictEqual(Buffer.byteLength('abc', 'utf16le'), 6);
assert.strictEqual(Buffer.byteLength('😀', 'ucs2'), 4);

// write() only writes whole code units.
const b = Buffer.alloc(5);
assert.strictEqual(b.write('abc', 'utf16le'), 4);
assert.strictEqual(b.toString('hex'), '6100620000');
