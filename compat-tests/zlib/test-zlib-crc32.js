// covers: zlib.crc32
'use strict';
require('../common');
const assert = require('assert');
const zlib = require('zlib');

assert.strictEqual(zlib.crc32(''), 0);
assert.strictEqual(zlib.crc32('123456789'), 0xcbf43926);
assert.strictEqual(zlib.crc32('hello'), 907060870);
assert.strictEqual(zlib.crc32(Buffer.from('hello')), 907060870);
assert.strictEqual(zlib.crc32(new Uint8Array(Buffer.from('hello'))), 907060870);
// Strings are UTF-8.
assert.strictEqual(zlib.crc32('€'), zlib.crc32(Buffer.from('€', 'utf8')));
// A running value continues the checksum.
assert.strictEqual(zlib.crc32('world', zlib.crc32('hello ')), zlib.crc32('hello world'));
assert.strictEqual(zlib.crc32(Buffer.alloc(0), 12345), 12345);
// Views over part of a buffer and other typed arrays use their own bytes only.
const buf = Buffer.from('xxhelloxx');
assert.strictEqual(zlib.crc32(buf.subarray(2, 7)), 907060870);
const u32 = new Uint32Array([0x01020304]);
assert.strictEqual(zlib.crc32(u32), zlib.crc32(Buffer.from(u32.buffer)));
assert.strictEqual(zlib.crc32(new DataView(buf.buffer, buf.byteOffset + 2, 5)), 907060870);
// Up to 2**32 - 1.
assert.ok(zlib.crc32('abc', 0xffffffff) >= 0);

for (const bad of [undefined, null, 1, {}, []]) {
  assert.throws(() => zlib.crc32(bad), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}
for (const bad of ['1', {}, null]) {
  assert.throws(() => zlib.crc32('a', bad), { code: 'ERR_INVALID_ARG_TYPE' });
}
assert.throws(() => zlib.crc32('a', -1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => zlib.crc32('a', 2 ** 32), { code: 'ERR_OUT_OF_RANGE' });
