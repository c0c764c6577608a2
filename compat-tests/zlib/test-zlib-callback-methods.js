// covers: zlib.deflate, zlib.inflate, zlib.deflateRaw, zlib.inflateRaw, zlib.gzip, zlib.gunzip, zlib.unzip
'use strict';
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

const text = 'callback round trip '.repeat(200);
const pairs = [['deflate', 'inflate'], ['deflateRaw', 'inflateRaw'], ['gzip', 'gunzip'], ['gzip', 'unzip'],
               ['deflate', 'unzip']];
for (const [pack, unpack] of pairs) {
  let sync = true;
  zlib[pack](text, common.mustSucceed((packed) => {
    assert.strictEqual(sync, false, 'the callback is asynchronous');
    assert.deepStrictEqual(packed, zlib[`${pack}Sync`](text));
    zlib[unpack](packed, { chunkSize: 64 }, common.mustSucceed((out) => {
      assert.strictEqual(out.toString(), text);
    }));
  }));
  sync = false;
}

// Options before the callback, and info: true.
zlib.deflate(Buffer.from(text), { level: 1, info: true }, common.mustSucceed((res) => {
  assert.ok(res.engine instanceof zlib.Deflate);
  assert.strictEqual(zlib.inflateSync(res.buffer).toString(), text);
}));

// Typed arrays, DataViews and ArrayBuffers as input.
const u8 = new Uint8Array(Buffer.from(text));
zlib.gzip(new DataView(u8.buffer), common.mustSucceed((gz) => {
  zlib.gunzip(new Uint8Array(gz).buffer, common.mustSucceed((out) => assert.strictEqual(out.toString(), text)));
}));
zlib.deflateRaw(new Float32Array(4), common.mustSucceed((raw) => {
  assert.deepStrictEqual(zlib.inflateRawSync(raw), Buffer.alloc(16));
}));

// Errors reach the callback with no result.
zlib.gunzip(Buffer.from('not gzip data'), common.mustCall((err, result) => {
  assert.strictEqual(err.code, 'Z_DATA_ERROR');
  assert.strictEqual(err.errno, -3);
  assert.strictEqual(err.message, 'incorrect header check');
  assert.strictEqual(result, undefined);
}));

// The callback is required.
for (const bad of [undefined, null, 1, 'x']) {
  assert.throws(() => zlib.deflate('x', bad), common.expectsError({
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  }));
}
