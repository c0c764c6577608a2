// covers: zlib.brotliDecompressSync, zlib.brotliDecompress, zlib.createBrotliDecompress, zlib.BrotliDecompress, zlib.BrotliDecompress.prototype._transform
'use strict';
// Brotli streams made by Node 25; every engine must read them.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

function corpus() {
  let s = '';
  let x = 1;
  for (let i = 0; i < 20000; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    s += ['alpha', 'beta', 'gamma', 'delta', ' ', '\n', String(x % 97)][x % 7];
  }
  return s;
}
const text = corpus().slice(0, 300);
const br = Buffer.from('GysBAMTmVr+SLlQRBFrEvfsPun0QvncH7L0wu7a8LK357YNl3yH1JunQRPXvff3xrXNqrlus/X/1rH0LnOsWQFBagDs8OsAlAKzItjdIssuO10he8rF4LNGt1JHKZjoQBkwOhzEypzeRj8n6J0J1OQX1F+jRal5D/KZFVwn/JNUn', 'base64');

assert.strictEqual(zlib.brotliDecompressSync(br).toString(), text);
assert.strictEqual(zlib.brotliDecompressSync(new Uint8Array(br).buffer).toString(), text);
zlib.brotliDecompress(br, common.mustSucceed((out) => assert.strictEqual(out.toString(), text)));

const d = zlib.createBrotliDecompress();
assert.ok(d instanceof zlib.BrotliDecompress);
let streamed = '';
d.on('data', (c) => { streamed += c; });
d.on('end', common.mustCall(() => assert.strictEqual(streamed, text)));
for (let i = 0; i < br.length; i += 10) d.write(br.subarray(i, i + 10));
d.end();

// Truncated input and maxOutputLength.
assert.throws(() => zlib.brotliDecompressSync(br.subarray(0, br.length - 1)),
              { code: 'Z_BUF_ERROR', message: 'unexpected end of file' });
assert.throws(() => zlib.brotliDecompressSync(Buffer.alloc(0)), { code: 'Z_BUF_ERROR' });
assert.throws(() => zlib.brotliDecompressSync(br, { maxOutputLength: 64 }),
              { code: 'ERR_BUFFER_TOO_LARGE', name: 'RangeError', message: 'Cannot create a Buffer larger than 64 bytes' });
zlib.brotliDecompress(br, { maxOutputLength: 64 }, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_BUFFER_TOO_LARGE');
}));
// Corrupt input is an error (the code names the Brotli decoder's reason).
assert.throws(() => zlib.brotliDecompressSync(Buffer.from('not brotli at all, not at all')),
              (err) => err instanceof Error && /^ERR_/.test(err.code));

// Parameter keys are checked.
assert.throws(() => zlib.createBrotliDecompress({ params: { 99: 1 } }),
              { code: 'ERR_BROTLI_INVALID_PARAM', name: 'RangeError', message: '99 is not a valid Brotli parameter' });
assert.throws(() => zlib.createBrotliDecompress({ params: { 0: 'x' } }),
              { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
