// covers: Buffer.prototype.readInt8, Buffer.prototype.readInt16LE, Buffer.prototype.readInt16BE, Buffer.prototype.readInt32LE, Buffer.prototype.readInt32BE
'use strict';
require('../common');
const assert = require('assert');

const b = Buffer.from([0xff, 0x80, 0x00, 0x7f, 0x01, 0x02, 0x03, 0x04]);
assert.strictEqual(b.readInt8(0), -1);
assert.strictEqual(b.readInt8(1), -128);
assert.strictEqual(b.readInt8(3), 127);
assert.strictEqual(b.readInt8(), -1);  // default offset 0

assert.strictEqual(b.readInt16LE(0), -32513);  // 0x80ff
assert.strictEqual(b.readInt16BE(0), -128);    // 0xff80
assert.strictEqual(b.readInt16BE(2), 127);
assert.strictEqual(b.readInt16LE(2), 0x7f00);

assert.strictEqual(b.readInt32LE(4), 0x04030201);
assert.strictEqual(b.readInt32BE(4), 0x01020304);
assert.strictEqual(b.readInt32BE(0), -8388481);  // 0xff80007f
assert.strictEqual(Buffer.from([0, 0, 0, 0x80]).readInt32LE(0), -2147483648);

// Aliases with lowercase "int" don't exist; Uint aliases do (tested elsewhere).
assert.strictEqual(typeof b.readInt32le, 'undefined');

// Reads on a subarray respect the view offset.
const sub = b.subarray(4);
assert.strictEqual(sub.readInt16BE(0), 0x0102);
