// covers: zlib.createDeflate, zlib.createInflate, zlib.createGzip, zlib.createGunzip, zlib.createDeflateRaw, zlib.createInflateRaw, zlib.createUnzip, zlib.Deflate.prototype._transform, zlib.Deflate.prototype._flush, zlib.Gunzip.prototype._transform
'use strict';
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');
const { Transform, pipeline, Readable, Writable } = require('stream');

const text = 'streaming text, line after line\n'.repeat(2000);

// Every create* returns its class, a Transform stream.
for (const name of ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip']) {
  const s = zlib[`create${name}`]();
  assert.ok(s instanceof zlib[name], name);
  assert.ok(s instanceof Transform, name);
  assert.strictEqual(s.bytesWritten, 0);
  s.close();
}

function collect(done) {
  const chunks = [];
  return new Writable({
    write(chunk, enc, cb) { chunks.push(chunk); cb(); },
    final(cb) { done(Buffer.concat(chunks), chunks); cb(); },
  });
}

// pipeline through compressor and decompressor, fed in small pieces.
for (const [c, d] of [['createGzip', 'createGunzip'], ['createDeflate', 'createInflate'],
                      ['createDeflateRaw', 'createInflateRaw'], ['createGzip', 'createUnzip']]) {
  const parts = text.match(/[^]{1,1000}/g);
  pipeline(Readable.from(parts), zlib[c](), zlib[d](), collect(common.mustCall((out) => {
    assert.strictEqual(out.toString(), text, `${c} | ${d}`);
  })), common.mustSucceed());
}

// Output chunks are at most chunkSize bytes; bytesWritten counts input bytes.
const gunzip = zlib.createGunzip({ chunkSize: 1024 });
const sizes = [];
gunzip.on('data', (chunk) => sizes.push(chunk.length));
gunzip.on('end', common.mustCall(() => {
  assert.ok(sizes.every((n) => n <= 1024));
  assert.strictEqual(sizes.reduce((a, b) => a + b, 0), text.length);
  assert.strictEqual(gunzip.bytesWritten, gzipped.length);
}));
const gzipped = zlib.gzipSync(text);
gunzip.end(gzipped);

// One-byte writes to an unzip stream (format detection across chunks).
const unzip = zlib.createUnzip();
let unzipped = '';
unzip.on('data', (c) => { unzipped += c; });
unzip.on('end', common.mustCall(() => assert.strictEqual(unzipped, 'one byte at a time')));
const gzOne = zlib.gzipSync('one byte at a time');
for (const byte of gzOne) unzip.write(Buffer.from([byte]));
unzip.end();

// Strings written to a compressor are UTF-8.
const deflate = zlib.createDeflate();
deflate.pipe(collect(common.mustCall((out) => {
  assert.strictEqual(zlib.inflateSync(out).toString(), 'héllo wörld');
})));
deflate.end('héllo wörld');

// A compressor ended with no input still writes an empty stream.
const empty = zlib.createGzip();
empty.pipe(collect(common.mustCall((out) => assert.strictEqual(zlib.gunzipSync(out).length, 0))));
empty.end();
