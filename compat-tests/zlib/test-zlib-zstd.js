// covers: zlib.zstdCompressSync, zlib.zstdDecompressSync, zlib.zstdCompress, zlib.zstdDecompress, zlib.createZstdCompress, zlib.createZstdDecompress, zlib.ZstdCompress, zlib.ZstdDecompress
'use strict';
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

const text = 'zstandard frames, zstandard frames. '.repeat(500);
const packed = zlib.zstdCompressSync(text);
// Every zstd frame starts with the magic number 0xFD2FB528.
assert.strictEqual(packed.readUInt32LE(0), 0xfd2fb528);
assert.ok(packed.length < text.length / 10);
assert.strictEqual(zlib.zstdDecompressSync(packed).toString(), text);
assert.strictEqual(zlib.zstdDecompressSync(zlib.zstdCompressSync('')).length, 0);

// A frame made by Node 25 ('hello hello hello hello').
const made = Buffer.from('28b52ffd20176500003068656c6c6f200100994b11', 'hex');
assert.strictEqual(zlib.zstdDecompressSync(made).toString(), 'hello hello hello hello');

zlib.zstdCompress(Buffer.from(text), common.mustSucceed((out) => {
  zlib.zstdDecompress(out, common.mustSucceed((back) => assert.strictEqual(back.toString(), text)));
}));

// Streams, fed in pieces.
const c = zlib.createZstdCompress();
assert.ok(c instanceof zlib.ZstdCompress);
const d = zlib.createZstdDecompress();
assert.ok(d instanceof zlib.ZstdDecompress);
let result = '';
c.pipe(d).on('data', (chunk) => { result += chunk; }).on('end', common.mustCall(() => assert.strictEqual(result, text)));
c.write(text.slice(0, 1000));
c.end(text.slice(1000));

// Bad input and bad parameters.
assert.throws(() => zlib.zstdDecompressSync(Buffer.from('definitely not zstd')),
              { code: 'ZSTD_error_prefix_unknown', message: 'Unknown frame descriptor' });
assert.throws(() => zlib.createZstdCompress({ params: { 10000: 0 } }),
              { code: 'ERR_ZSTD_INVALID_PARAM', name: 'RangeError', message: '10000 is not a valid zstd parameter' });
assert.throws(() => zlib.createZstdDecompress({ params: { 9999: 1 } }),
              { code: 'ERR_ZSTD_INVALID_PARAM' });
assert.throws(() => zlib.createZstdCompress({ params: { [zlib.constants.ZSTD_c_checksumFlag]: 'yes' } }),
              { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
