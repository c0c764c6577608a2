// covers: fs.readFileSync, fs.createReadStream, Buffer.from, zlib.inflateSync, Buffer.prototype.toString, Buffer.prototype.write, Buffer.prototype.fill, Buffer.prototype.copy, Buffer.concat, Buffer.prototype.readUInt32LE, Buffer.prototype.writeUInt32BE
'use strict';
// Buffers that come out of I/O and large conversions (file reads, base64/hex/utf8/latin1 of
// big strings, zlib, read streams) behave as any Buffer: read, write, view, copy, hash, clone.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const crypto = require('crypto');

const N = 5000;
const parts = [];
for (let i = 0; i * 32 < N; i++) parts.push(crypto.createHash('sha256').update(String(i)).digest());
const original = Buffer.concat(parts).subarray(0, N);   // bytes without repeats
const file = path.join(common.tmpdir.refresh(), 'io-output.bin');
fs.writeFileSync(file, original);

const sources = {
  readFileSync: () => fs.readFileSync(file),
  base64: () => Buffer.from(original.toString('base64'), 'base64'),
  base64url: () => Buffer.from(original.toString('base64url'), 'base64url'),
  hex: () => Buffer.from(original.toString('hex'), 'hex'),
  latin1: () => Buffer.from(original.toString('latin1'), 'latin1'),
  inflate: () => zlib.inflateSync(zlib.deflateSync(original)),
};

function check(name, make) {
  const b = make();
  const msg = `source ${name}`;
  assert.ok(Buffer.isBuffer(b), msg);
  assert.ok(b.buffer instanceof ArrayBuffer, msg);
  assert.strictEqual(Object.prototype.toString.call(b.buffer), '[object ArrayBuffer]', msg);
  assert.strictEqual(b.length, N, msg);
  assert.ok(b.equals(original), msg);
  assert.strictEqual(b.toString('hex'), original.toString('hex'), msg);
  assert.strictEqual(b.indexOf(original.subarray(4000, 4010)), 4000, msg);
  assert.strictEqual(b.readUInt32LE(8), original.readUInt32LE(8), msg);
  assert.strictEqual(new DataView(b.buffer, b.byteOffset, b.length).getUint16(100), original.readUInt16BE(100), msg);
  assert.deepStrictEqual([...b.subarray(10, 14)], [...original.subarray(10, 14)], msg);
  assert.strictEqual(crypto.createHash('sha256').update(b).digest('hex'),
                     crypto.createHash('sha256').update(original).digest('hex'), msg);
  assert.strictEqual(new TextDecoder().decode(b.subarray(0, 64)), original.toString('utf8', 0, 64), msg);
  assert.ok(Buffer.from(structuredClone(b)).equals(original), msg);
  assert.ok(Buffer.concat([b.subarray(0, 10), b.subarray(10)]).equals(original), msg);

  // Writes land in the buffer and nowhere else.
  const w = make();
  w.write('hello', 1);
  w.writeUInt32BE(0xdeadbeef, 10);
  w.fill(0x61, 100, 200);
  w[300] = 7;
  original.copy(w, 400, 0, 4);
  w.copy(w, 500, 1, 6);
  assert.strictEqual(w.toString('latin1', 1, 6), 'hello', msg);
  assert.strictEqual(w.readUInt32BE(10), 0xdeadbeef, msg);
  assert.strictEqual(w.toString('latin1', 100, 200), 'a'.repeat(100), msg);
  assert.strictEqual(w[300], 7, msg);
  assert.ok(w.subarray(400, 404).equals(original.subarray(0, 4)), msg);
  assert.strictEqual(w.toString('latin1', 500, 505), 'hello', msg);
  assert.ok(b.equals(original), `${msg}: another buffer from the same source is untouched`);
  assert.ok(make().swap16().swap16().equals(original), msg);

  // A sorted copy and an in-place sort agree.
  const sorted = [...original].sort((x, y) => x - y);
  assert.deepStrictEqual([...make().sort()], sorted, msg);
}

for (const [name, make] of Object.entries(sources)) check(name, make);

// Large UTF-8 and UTF-16 strings encode the same at any size.
const text = 'node4j: \u00fcn\u00efc\u00f8d\u00e9 \u2713 \ud834\udd1e lone \ud800 end. '.repeat(200);
const utf8 = Buffer.from(text, 'utf8');
assert.strictEqual(utf8.toString('utf8'), text.replace(/\ud800(?!\udc00)/g, '\ufffd'));
assert.strictEqual(Buffer.byteLength(text, 'utf8'), utf8.length);
const ucs2 = Buffer.from(text, 'utf16le');
assert.strictEqual(ucs2.length, text.length * 2);
assert.strictEqual(ucs2.toString('utf16le'), text);
const wide = '\u0161x?'.repeat(400);
assert.deepStrictEqual([...Buffer.from(wide, 'latin1').subarray(0, 3)], [0x61, 0x78, 0x3f]);

// Chunks of a read stream are Buffers the program may keep and change.
const chunks = [];
fs.createReadStream(file, { highWaterMark: 1024 })
  .on('data', (c) => { assert.ok(Buffer.isBuffer(c)); chunks.push(c); })
  .on('end', common.mustCall(() => {
    assert.strictEqual(chunks.length, 5);
    const all = Buffer.concat(chunks);
    assert.ok(all.equals(original));
    chunks[0][0] ^= 0xff;
    assert.notStrictEqual(chunks[0][0], original[0]);
  }));
