// covers: Buffer.prototype.readUInt8, Buffer.prototype.readUInt16LE, Buffer.prototype.readUInt16BE, Buffer.prototype.readUInt32LE, Buffer.prototype.readUInt32BE, Buffer.prototype.readUint8, Buffer.prototype.readUint16LE, Buffer.prototype.readUint32BE
'use strict';
require('../common');
const assert = require('assert');

const b = Buffer.from([0xff, 0x80, 0x00, 0x7f, 0xde, 0xad, 0xbe, 0xef]);
assert.strictEqual(b.readUInt8(0), 255);
assert.strictEqual(b.readUInt8(1), 128);
assert.strictEqual(b.readUInt16LE(0), 0x80ff);
assert.strictEqual(b.readUInt16BE(0), 0xff80);
assert.strictEqual(b.readUInt32LE(4), 0xefbeadde);
assert.strictEqual(b.readUInt32BE(4), 0xdeadbeef);
assert.strictEqual(b.readUInt32BE(0), 0xff80007f);

// Lowercase aliases are the same functions.
assert.strictEqual(b.readUint8, b.readUInt8);
assert.strictEqual(b.readUint16LE, b.readUInt16LE);
assert.strictEqual(b.readUint16BE, b.readUInt16BE);
assert.strictEqual(b.readUint32LE, b.readUInt32LE);
assert.strictEqual(b.readUint32BE, b.readUInt32BE);
assert.strictEqual(b.readUint32BE(4), 0xdeadbeef);

// Offset coercion: undefined → 0.
assert.strictEqual(b.readUInt16BE(undefined), 0xff80);
