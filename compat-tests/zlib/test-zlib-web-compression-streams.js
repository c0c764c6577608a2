// covers: stream/web.CompressionStream, stream/web.DecompressionStream, globalThis.CompressionStream, globalThis.DecompressionStream, globalThis.CompressionStream.prototype.readable, globalThis.CompressionStream.prototype.writable, globalThis.DecompressionStream.prototype.readable, globalThis.DecompressionStream.prototype.writable, globalThis.CompressionStream.prototype[Symbol.toStringTag], globalThis.DecompressionStream.prototype[Symbol.toStringTag]
'use strict';
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

async function pump(stream, chunks) {
  const writer = stream.writable.getWriter();
  const write = (async () => {
    for (const c of chunks) await writer.write(c);
    await writer.close();
  })();
  const read = (async () => {
    const out = [];
    for await (const c of stream.readable) {
      assert.ok(c instanceof Uint8Array);
      out.push(Buffer.from(c.buffer, c.byteOffset, c.byteLength));
    }
    return Buffer.concat(out);
  })();
  const [, result] = await Promise.all([write, read]);
  return result;
}

const text = 'web streams compress too. '.repeat(300);
(async () => {
  for (const [format, unpack] of [['gzip', 'gunzipSync'], ['deflate', 'inflateSync'], ['deflate-raw', 'inflateRawSync']]) {
    const cs = new CompressionStream(format);
    assert.strictEqual(Object.prototype.toString.call(cs), '[object CompressionStream]');
    assert.ok(cs.readable instanceof ReadableStream);
    assert.ok(cs.writable instanceof WritableStream);
    const packed = await pump(cs, [Buffer.from(text.slice(0, 100)), new TextEncoder().encode(text.slice(100))]);
    assert.strictEqual(zlib[unpack](packed).toString(), text, format);

    const ds = new DecompressionStream(format);
    assert.strictEqual(Object.prototype.toString.call(ds), '[object DecompressionStream]');
    const half = packed.length >> 1;
    const back = await pump(ds, [packed.subarray(0, half), new Uint8Array(packed.subarray(half)).buffer]);
    assert.strictEqual(back.toString(), text, format);
  }

  // Bytes after the end of the compressed stream are an error.
  await assert.rejects(pump(new DecompressionStream('deflate'), [Buffer.concat([zlib.deflateSync('x'), Buffer.from('junk')])]),
                       { name: 'TypeError', code: 'ERR_TRAILING_JUNK_AFTER_STREAM_END' });
  // Corrupt and truncated input.
  await assert.rejects(pump(new DecompressionStream('gzip'), [Buffer.from('not gzip')]), { code: 'Z_DATA_ERROR' });
  await assert.rejects(pump(new DecompressionStream('gzip'), [zlib.gzipSync(text).subarray(0, 30)]), { code: 'Z_BUF_ERROR' });
})().then(common.mustCall());

for (const C of [CompressionStream, DecompressionStream]) {
  assert.throws(() => new C('zip'), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => new C(), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE' });
}
assert.ok(!Object.keys(globalThis).includes('CompressionStream'));
// stream/web exports the very same classes.
const web = require('stream/web');
assert.strictEqual(web.CompressionStream, CompressionStream);
assert.strictEqual(web.DecompressionStream, DecompressionStream);
assert.ok(Object.keys(web).includes('CompressionStream'));
