// covers: Buffer.prototype.readUint16BE, Buffer.prototype.readUint32LE
// covers: Buffer.prototype.readUintBE, Buffer.prototype.readUintLE
// covers: Buffer.prototype.writeUint16BE, Buffer.prototype.writeUint16LE
// covers: Buffer.prototype.writeUint32BE, Buffer.prototype.writeUintBE, Buffer.prototype.writeUintLE
// covers: Buffer.prototype.writeBigUint64BE
'use strict';
const common = require('../common');
const assert = require('assert');

// The lower-case "Uint" spellings behave exactly like the "UInt" ones.
const buf = Buffer.alloc(8);

assert.strictEqual(buf.writeUint16BE(0xabcd, 0), 2);
assert.strictEqual(buf.writeUint16LE(0xabcd, 2), 4);
assert.deepStrictEqual([...buf.subarray(0, 4)], [0xab, 0xcd, 0xcd, 0xab]);
assert.strictEqual(buf.readUint16BE(0), 0xabcd);
assert.strictEqual(buf.readUint16BE(2), 0xcdab);
assert.strictEqual(buf.readUint16BE(1), 0xcdcd);

assert.strictEqual(buf.writeUint32BE(0xdeadbeef, 4), 8);
assert.deepStrictEqual([...buf.subarray(4)], [0xde, 0xad, 0xbe, 0xef]);
assert.strictEqual(buf.readUint32LE(4), 0xefbeadde);
assert.strictEqual(buf.readUint32LE(0), 0xabcdcdab);

// Variable-width forms, 1 to 6 bytes.
buf.fill(0);
assert.strictEqual(buf.writeUintBE(0x123456, 1, 3), 4);
assert.deepStrictEqual([...buf.subarray(0, 5)], [0, 0x12, 0x34, 0x56, 0]);
assert.strictEqual(buf.readUintBE(1, 3), 0x123456);
assert.strictEqual(buf.readUintLE(1, 3), 0x563412);
assert.strictEqual(buf.writeUintLE(0x0102030405, 0, 5), 5);
assert.deepStrictEqual([...buf.subarray(0, 5)], [5, 4, 3, 2, 1]);
assert.strictEqual(buf.readUintLE(0, 5), 0x0102030405);
assert.strictEqual(buf.writeUintBE(0xffffffffffff, 0, 6), 6);
assert.strictEqual(buf.readUintBE(0, 6), 2 ** 48 - 1);
assert.strictEqual(buf.readUintLE(0, 1), 0xff);

// Same validation as the UInt spellings.
const range = common.expectsError({ code: 'ERR_OUT_OF_RANGE', name: 'RangeError' });
assert.throws(() => buf.writeUint16BE(0x10000, 0), range);
assert.throws(() => buf.writeUint16LE(-1, 0), range);
assert.throws(() => buf.writeUint32BE(2 ** 32, 0), range);
assert.throws(() => buf.writeUintBE(256, 0, 1), range);
assert.throws(() => buf.writeUintLE(0, 0, 7), range);
assert.throws(() => buf.readUintBE(0, 0), range);
assert.throws(() => buf.readUint16BE(7), range);
assert.throws(() => buf.readUint32LE(5), range);
assert.throws(() => Buffer.alloc(3).readUintLE(0, 6),
              common.expectsError({ code: 'ERR_BUFFER_OUT_OF_BOUNDS', name: 'RangeError' }));
assert.throws(() => buf.readUint16BE('1'),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));

// writeBigUint64BE takes a bigint.
const big = Buffer.alloc(8);
assert.strictEqual(big.writeBigUint64BE(0x0102030405060708n), 8);
assert.deepStrictEqual([...big], [1, 2, 3, 4, 5, 6, 7, 8]);
assert.strictEqual(big.readBigUInt64BE(), 0x0102030405060708n);
big.writeBigUint64BE(2n ** 64n - 1n);
assert.ok(big.every((x) => x === 0xff));
assert.throws(() => big.writeBigUint64BE(2n ** 64n), range);
assert.throws(() => big.writeBigUint64BE(-1n), range);
assert.throws(() => big.writeBigUint64BE(1), TypeError);
