// covers: zlib.constants, zlib.codes, zlib.Z_NO_FLUSH, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.Z_OK, zlib.Z_DATA_ERROR, zlib.Z_BUF_ERROR, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_BEST_COMPRESSION, zlib.DEFLATE, zlib.UNZIP
'use strict';
require('../common');
const assert = require('assert');
const zlib = require('zlib');
const c = zlib.constants;

const expected = {
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0,
  DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7,
  BROTLI_DECODE: 8, BROTLI_ENCODE: 9,
  Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15,
  Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384,
  Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8,
  Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1,
  BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2,
  BROTLI_OPERATION_EMIT_METADATA: 3, BROTLI_PARAM_MODE: 0, BROTLI_MODE_GENERIC: 0, BROTLI_MODE_TEXT: 1,
  BROTLI_MODE_FONT: 2, BROTLI_PARAM_QUALITY: 1, BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11,
  BROTLI_DEFAULT_QUALITY: 11, BROTLI_PARAM_LGWIN: 2, BROTLI_MIN_WINDOW_BITS: 10, BROTLI_MAX_WINDOW_BITS: 24,
  BROTLI_LARGE_MAX_WINDOW_BITS: 30, BROTLI_DEFAULT_WINDOW: 22, BROTLI_PARAM_SIZE_HINT: 5,
  BROTLI_DECODER_RESULT_ERROR: 0, BROTLI_DECODER_RESULT_SUCCESS: 1,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1, BROTLI_DECODER_ERROR_UNREACHABLE: -31,
};
for (const [key, value] of Object.entries(expected)) assert.strictEqual(c[key], value, key);
assert.strictEqual(typeof c.ZLIB_VERNUM, 'number');
for (const key of Object.keys(c)) assert.strictEqual(typeof c[key], 'number', key);

// The legacy copies on the module: non-enumerable, read-only, without the Brotli ones.
for (const key of ['Z_NO_FLUSH', 'Z_FINISH', 'Z_OK', 'Z_DATA_ERROR', 'Z_BEST_COMPRESSION', 'DEFLATE', 'UNZIP']) {
  const desc = Object.getOwnPropertyDescriptor(zlib, key);
  assert.strictEqual(desc.value, c[key], key);
  assert.strictEqual(desc.enumerable, false, key);
  assert.strictEqual(desc.writable, false, key);
}
assert.strictEqual(zlib.BROTLI_DECODE, undefined);
assert.strictEqual(zlib.BROTLI_OPERATION_FINISH, undefined);
assert.ok(!Object.keys(zlib).includes('Z_OK'));
assert.ok(Object.keys(zlib).includes('constants'));
assert.ok(Object.keys(zlib).includes('codes'));

// codes: names to numbers and back.
for (const name of ['Z_OK', 'Z_STREAM_END', 'Z_NEED_DICT', 'Z_ERRNO', 'Z_STREAM_ERROR', 'Z_DATA_ERROR',
                    'Z_MEM_ERROR', 'Z_BUF_ERROR', 'Z_VERSION_ERROR']) {
  assert.strictEqual(zlib.codes[name], c[name]);
  assert.strictEqual(zlib.codes[c[name]], name);
}
