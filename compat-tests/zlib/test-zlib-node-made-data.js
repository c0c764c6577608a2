// covers: zlib.gunzipSync, zlib.inflateSync, zlib.inflateRawSync, zlib.unzipSync, zlib.gunzip
'use strict';
// Streams made by Node 25 (zlib 1.3 as Node ships it): every engine must read them.
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

const gzip = Buffer.from('H4sIAAAAAAAAA02OQQ6FIAxE9z3FXAGkQo9To/l/oYkL7x/DkFgWNMPMgyl+fl2+HY/Dz/vv+3E+LuiGCBia0qQmw5CDVxHm8TxUTZKtk/3QCWCq0zZ/hKpRYwVJC+9ciipW4Vjt41Meq5PQBUFGsWWZugW1DUVWRgZtS8lteECpXbxIuASrLAEAAA==', 'base64');
const deflate = Buffer.from('eJxNjkEOhSAMRPc9xVwBpEKPU6P5f6GJC+8fw5BYFjTDzIMpfn5dvh2Pw8/77/txPi7ohggYmtKkJsOQg1cR5vE8VE2SrZP90AlgqtM2f4SqUWMFSQvvXIoqVuFY7eNTHquT0AVBRrFlmboFtQ1FVkYGbUvJbXhAqV28hoVn/Q==', 'base64');
const raw = Buffer.from('TY5BDoUgDET3PcVcAaRCj1Oj+X+hiQvvH8OQWBY0w8yDKX5+Xb4dj8PP++/7cT4u6IYIGJrSpCbDkINXEebxPFRNkq2T/dAJYKrTNn+EqlFjBUkL71yKKlbhWO3jUx6rk9AFQUaxZZm6BbUNRVZGBm1LyW14QKldvA==', 'base64');

assert.strictEqual(zlib.gunzipSync(gzip).toString(), text);
assert.strictEqual(zlib.unzipSync(gzip).toString(), text);
assert.strictEqual(zlib.inflateSync(deflate).toString(), text);
assert.strictEqual(zlib.unzipSync(deflate).toString(), text);
assert.strictEqual(zlib.inflateRawSync(raw).toString(), text);
zlib.gunzip(gzip, common.mustSucceed((out) => assert.strictEqual(out.toString(), text)));

// What this engine writes for the same text reads back the same (bytes may differ between zlib builds).
assert.strictEqual(zlib.gunzipSync(zlib.gzipSync(text)).toString(), text);
// The gzip header and trailer are fixed by the format.
assert.deepStrictEqual(zlib.gzipSync(text).subarray(0, 4), gzip.subarray(0, 4));
assert.deepStrictEqual(zlib.gzipSync(text).subarray(-8), gzip.subarray(-8));
assert.deepStrictEqual(zlib.deflateSync(text).subarray(-4), deflate.subarray(-4));
