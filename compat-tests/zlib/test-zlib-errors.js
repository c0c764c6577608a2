// covers: zlib.inflateSync, zlib.gunzipSync, zlib.inflateRawSync, zlib.unzipSync, zlib.deflateSync, zlib.inflate, zlib.codes
'use strict';
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

const dataError = (message) => ({ name: 'Error', code: 'Z_DATA_ERROR', errno: -3, message });
const bufError = { name: 'Error', code: 'Z_BUF_ERROR', errno: -5, message: 'unexpected end of file' };

assert.throws(() => zlib.inflateSync(Buffer.from('hello')), dataError('incorrect header check'));
assert.throws(() => zlib.gunzipSync(Buffer.from('hello')), dataError('incorrect header check'));
assert.throws(() => zlib.unzipSync(Buffer.from('hello world')), dataError('incorrect header check'));
assert.throws(() => zlib.inflateRawSync(Buffer.from([0xff, 0xff])), dataError('invalid block type'));
assert.throws(() => zlib.gunzipSync(Buffer.from([0x1f, 0x8b, 0xff, 0xff])),
              dataError('unknown compression method'));

// Truncated input: unexpected end of file, except with a non-finishing finishFlush.
const text = 'truncate me '.repeat(100);
for (const [pack, unpack] of [['deflateSync', 'inflateSync'], ['gzipSync', 'gunzipSync'],
                              ['deflateRawSync', 'inflateRawSync'], ['gzipSync', 'unzipSync']]) {
  const packed = zlib[pack](text);
  const cut = packed.subarray(0, packed.length - 12);
  assert.throws(() => zlib[unpack](cut), bufError, unpack);
  const part = zlib[unpack](cut, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  assert.ok(text.startsWith(part.toString()), unpack);
}
assert.throws(() => zlib.gunzipSync(Buffer.alloc(0)), bufError);
assert.throws(() => zlib.inflateSync(Buffer.alloc(0)), bufError);

// A corrupted gzip trailer.
const gz = zlib.gzipSync('check me');
const badCrc = Buffer.from(gz);
badCrc[badCrc.length - 8] ^= 1;
assert.throws(() => zlib.gunzipSync(badCrc), dataError('incorrect data check'));
const badLen = Buffer.from(gz);
badLen[badLen.length - 1] ^= 1;
assert.throws(() => zlib.gunzipSync(badLen), dataError('incorrect length check'));

// Errors in streams are emitted once, and the stream is destroyed.
const inflate = zlib.createInflate();
inflate.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'Z_DATA_ERROR');
  process.nextTick(common.mustCall(() => assert.strictEqual(inflate.destroyed, true)));
}));
inflate.end(Buffer.from('garbage'));

zlib.inflate(zlib.deflateSync(text).subarray(0, 20), common.mustCall((err) => {
  assert.strictEqual(err.code, 'Z_BUF_ERROR');
  assert.strictEqual(err.message, 'unexpected end of file');
}));

// Input validation.
for (const bad of [undefined, null, true, 0, [1, 2], { a: 1 }]) {
  assert.throws(() => zlib.deflateSync(bad), {
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
    message: /^The "buffer" argument must be of type string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer\./,
  });
}

// codes maps both ways.
assert.strictEqual(zlib.codes.Z_DATA_ERROR, -3);
assert.strictEqual(zlib.codes[-3], 'Z_DATA_ERROR');
assert.strictEqual(zlib.codes[-5], 'Z_BUF_ERROR');
assert.strictEqual(zlib.codes.Z_NEED_DICT, 2);
assert.ok(Object.isFrozen(zlib.codes));
