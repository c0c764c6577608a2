// covers: zlib.Deflate.prototype.flush, zlib.Deflate.prototype.params, zlib.Deflate.prototype.reset, zlib.Deflate.prototype.close, zlib.Inflate.prototype.flush, zlib.Gzip.prototype.close, zlib.Gzip.prototype._destroy, zlib.Deflate.prototype._final
'use strict';
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

// flush() makes everything written so far decodable.
{
  const deflate = zlib.createDeflate();
  const chunks = [];
  deflate.on('data', (c) => chunks.push(c));
  deflate.write('first part ');
  deflate.flush(common.mustCall(() => {
    const soFar = Buffer.concat(chunks);
    const part = zlib.inflateSync(soFar, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    assert.strictEqual(part.toString(), 'first part ');
    // A sync flush ends with the empty stored block 00 00 ff ff.
    assert.deepStrictEqual([...soFar.subarray(-4)], [0, 0, 0xff, 0xff]);
    deflate.write('second part');
    deflate.end();
  }));
  deflate.on('end', common.mustCall(() => {
    assert.strictEqual(zlib.inflateSync(Buffer.concat(chunks)).toString(), 'first part second part');
  }));
}

// flush(kind) with an explicit kind; flush after the end calls back on 'end'.
{
  const gzip = zlib.createGzip();
  gzip.resume();
  gzip.write('abc');
  gzip.flush(zlib.constants.Z_SYNC_FLUSH, common.mustCall(() => {
    gzip.end();
    gzip.flush(common.mustCall());
  }));
}

// params() changes level and strategy mid-stream.
{
  const deflate = zlib.createDeflate({ level: 1 });
  const chunks = [];
  deflate.on('data', (c) => chunks.push(c));
  deflate.write('a'.repeat(10000));
  deflate.params(9, zlib.constants.Z_FILTERED, common.mustCall(() => {
    assert.strictEqual(deflate._level, 9);
    assert.strictEqual(deflate._strategy, zlib.constants.Z_FILTERED);
    deflate.end('b'.repeat(10000));
  }));
  deflate.on('end', common.mustCall(() => {
    assert.strictEqual(zlib.inflateSync(Buffer.concat(chunks)).toString(), 'a'.repeat(10000) + 'b'.repeat(10000));
  }));
}

// reset() drops the state; after a reset an inflater reads a new stream.
{
  const inflate = zlib.createInflate();
  const out = [];
  inflate.on('data', (c) => out.push(c.toString()));
  inflate.write(zlib.deflateSync('first'), common.mustCall(() => {
    inflate.reset();
    inflate.end(zlib.deflateSync('second'));
  }));
  inflate.on('end', common.mustCall(() => assert.deepStrictEqual(out, ['first', 'second'])));
}

// close() destroys the stream and calls back; the handle is gone.
{
  const gzip = zlib.createGzip();
  assert.strictEqual(gzip._closed, false);
  gzip.close(common.mustCall());
  gzip.on('close', common.mustCall(() => {
    assert.strictEqual(gzip._closed, true);
    assert.strictEqual(gzip.destroyed, true);
    assert.throws(() => gzip.reset(), /zlib binding closed/);
  }));
}

// Writing after close fails as for any destroyed stream.
{
  const d = zlib.createDeflate();
  d.close(common.mustCall(() => {
    d.write('late', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED')));
  }));
}
