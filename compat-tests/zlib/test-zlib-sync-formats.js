// covers: zlib.deflateSync, zlib.inflateSync, zlib.deflateRawSync, zlib.inflateRawSync, zlib.gzipSync, zlib.gunzipSync, zlib.unzipSync, zlib.Deflate, zlib.Gzip
'use strict';
require('../common');
const assert = require('assert');
const zlib = require('zlib');

const text = 'The quick brown fox jumps over the lazy dog. '.repeat(50);
const pairs = [
  ['deflateSync', 'inflateSync'], ['deflateRawSync', 'inflateRawSync'], ['gzipSync', 'gunzipSync'],
  ['deflateSync', 'unzipSync'], ['gzipSync', 'unzipSync'],
];
for (const [pack, unpack] of pairs) {
  const packed = zlib[pack](text);
  assert.ok(Buffer.isBuffer(packed), pack);
  assert.ok(packed.length < text.length / 5, `${pack} compresses`);
  assert.strictEqual(zlib[unpack](packed).toString(), text, `${pack} -> ${unpack}`);
}

// Every kind of input: string, Buffer, TypedArray, DataView, ArrayBuffer.
const bytes = Buffer.from(text);
const u16 = new Uint16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length - (bytes.length % 2)));
const inputs = [text, bytes, new Uint8Array(bytes), new DataView(bytes.buffer, bytes.byteOffset, bytes.length),
                bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length), u16];
for (const input of inputs) {
  const out = zlib.gunzipSync(zlib.gzipSync(input));
  const want = input === u16 ? bytes.subarray(0, u16.byteLength) : bytes;
  assert.deepStrictEqual(out, want, Object.prototype.toString.call(input));
}
// A compressed input given as an ArrayBuffer or a view into a larger buffer.
const deflated = zlib.deflateSync(text);
const padded = Buffer.concat([Buffer.from('xxxx'), deflated]);
assert.strictEqual(zlib.inflateSync(padded.subarray(4)).toString(), text);
assert.strictEqual(zlib.inflateSync(new Uint8Array(deflated).buffer).toString(), text);

// Empty input gives a valid empty stream in every format.
for (const [pack, unpack] of pairs) {
  assert.strictEqual(zlib[unpack](zlib[pack]('')).length, 0, pack);
}

// info: true returns the engine too.
const info = zlib.deflateSync(text, { info: true });
assert.ok(info.engine instanceof zlib.Deflate);
assert.ok(Buffer.isBuffer(info.buffer));
assert.strictEqual(zlib.inflateSync(info.buffer).toString(), text);
const ginfo = zlib.gzipSync('x', { info: true });
assert.ok(ginfo.engine instanceof zlib.Gzip);

// The gzip header: magic, deflate method, no flags, mtime 0; the trailer holds CRC32 and size.
const gz = zlib.gzipSync(text);
assert.deepStrictEqual([...gz.subarray(0, 8)], [0x1f, 0x8b, 8, 0, 0, 0, 0, 0]);
assert.strictEqual(gz.readUInt32LE(gz.length - 8), zlib.crc32(text));
assert.strictEqual(gz.readUInt32LE(gz.length - 4), text.length);
// The zlib wrapper starts with 0x78 and ends with the Adler-32 of the data.
const df = zlib.deflateSync(text);
assert.strictEqual(df[0], 0x78);
assert.strictEqual((df[0] * 256 + df[1]) % 31, 0);

// Levels: 0 stores, 9 compresses at least as well as 1.
const stored = zlib.deflateRawSync(text, { level: 0 });
assert.ok(stored.length > text.length);
assert.ok(zlib.deflateSync(text, { level: 9 }).length <= zlib.deflateSync(text, { level: 1 }).length);
for (const strategy of [0, 1, 2, 3, 4]) {
  assert.strictEqual(zlib.inflateSync(zlib.deflateSync(text, { strategy })).toString(), text);
}
for (const windowBits of [9, 12, 15]) {
  assert.strictEqual(zlib.inflateSync(zlib.deflateSync(text, { windowBits })).toString(), text);
}
