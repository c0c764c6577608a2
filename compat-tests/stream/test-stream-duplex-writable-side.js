// covers: stream.Duplex.prototype._write, stream.Duplex.prototype._writev, stream.Duplex.prototype.cork
// covers: stream.Duplex.prototype.uncork, stream.Duplex.prototype.destroy, stream.Duplex.prototype.destroyed
// covers: stream.Duplex.prototype.setDefaultEncoding, stream.Duplex.prototype.writable
// covers: stream.Duplex.prototype.writableBuffer, stream.Duplex.prototype.writableCorked
// covers: stream.Duplex.prototype.writableEnded, stream.Duplex.prototype.writableFinished
// covers: stream.Duplex.prototype.writableHighWaterMark, stream.Duplex.prototype.writableLength
// covers: stream.Duplex.prototype.writableNeedDrain, stream.Duplex.prototype.writableObjectMode
'use strict';
// Duplex carries the Writable members on its own prototype; they act on its writable side.
const common = require('../common');
const assert = require('assert');
const { Duplex } = require('stream');

// _write default: not implemented; _writev defaults to null.
assert.strictEqual(Duplex.prototype._writev, null);
{
  const d = new Duplex({ read() {} });
  assert.throws(() => d.write('x'), common.expectsError({ code: 'ERR_METHOD_NOT_IMPLEMENTED' }));
}

// Writable-side state, independent of the readable side.
{
  const writes = [];
  const d = new Duplex({
    read() {},
    highWaterMark: 4,
    readableObjectMode: true,
    write(chunk, enc, cb) { writes.push(String(chunk)); setImmediate(cb); },
  });
  assert.strictEqual(d.writableHighWaterMark, 4);
  assert.strictEqual(d.writableObjectMode, false);
  assert.strictEqual(d.readableObjectMode, true);
  assert.strictEqual(d.writable, true);
  assert.strictEqual(d.writableEnded, false);
  assert.strictEqual(d.writableFinished, false);
  assert.strictEqual(d.writableNeedDrain, false);
  assert.strictEqual(d.writableCorked, 0);

  assert.strictEqual(d.write('ab'), true);
  assert.strictEqual(d.write('cde'), false);     // 5 bytes >= highWaterMark 4
  assert.strictEqual(d.writableLength, 5);
  assert.strictEqual(d.writableNeedDrain, true);
  assert.deepStrictEqual(d.writableBuffer.map((r) => String(r.chunk)), ['cde']);
  d.once('drain', common.mustCall(() => {
    assert.strictEqual(d.writableNeedDrain, false);
    assert.strictEqual(d.writableLength, 0);
    d.end('!');
    assert.strictEqual(d.writableEnded, true);
    assert.strictEqual(d.writableFinished, false);
    assert.strictEqual(d.writable, false);
  }));
  d.on('finish', common.mustCall(() => {
    assert.strictEqual(d.writableFinished, true);
    assert.deepStrictEqual(writes, ['ab', 'cde', '!']);
    // Readable side still open (allowHalfOpen).
    assert.strictEqual(d.readable, true);
    d.push(null);
    d.resume();
  }));
}
assert.strictEqual(new Duplex({ writableObjectMode: true }).writableObjectMode, true);
assert.strictEqual(new Duplex({ writableObjectMode: true }).writableHighWaterMark, 16);

// cork/uncork with _writev: corked writes arrive together; a lone write goes to _write.
{
  const batches = [];
  const d = new Duplex({
    read() {},
    write(chunk, enc, cb) { batches.push(String(chunk)); cb(); },
    writev(chunks, cb) { batches.push(chunks.map((c) => String(c.chunk))); cb(); },
  });
  assert.strictEqual(typeof d._writev, 'function');
  d.cork();
  d.cork();
  assert.strictEqual(d.writableCorked, 2);
  d.write('a');
  d.write('b');
  assert.strictEqual(d.writableLength, 2);
  d.uncork();
  assert.strictEqual(d.writableCorked, 1);
  assert.deepStrictEqual(batches, []);
  d.uncork();
  assert.strictEqual(d.writableCorked, 0);
  d.uncork();                                   // extra uncork is harmless
  assert.strictEqual(d.writableCorked, 0);
  d.write('c');
  d.end(common.mustCall(() => assert.deepStrictEqual(batches, [['a', 'b'], 'c'])));
}

// setDefaultEncoding applies to the writable side.
{
  const d = new Duplex({
    read() {},
    decodeStrings: false,
    write: common.mustCall((chunk, enc, cb) => {
      assert.strictEqual(chunk, 'ff');
      assert.strictEqual(enc, 'hex');
      cb();
    }),
  });
  assert.strictEqual(d.setDefaultEncoding('hex'), d);
  d.write('ff');
  assert.throws(() => d.setDefaultEncoding('bogus'), common.expectsError({ code: 'ERR_UNKNOWN_ENCODING' }));
}

// destroy/destroyed affect both sides.
{
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  assert.strictEqual(d.destroyed, false);
  d.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'kaput')));
  d.on('close', common.mustCall(() => {
    assert.strictEqual(d.writable, false);
    assert.strictEqual(d.readable, false);
  }));
  assert.strictEqual(d.destroy(new Error('kaput')), d);
  assert.strictEqual(d.destroyed, true);
  assert.strictEqual(d.writable, false);
  // Writes after destroy fail with ERR_STREAM_DESTROYED.
  d.write('late', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED')));
  // destroyed is settable (marks both sides).
  const e = new Duplex();
  e.destroyed = true;
  assert.strictEqual(e.destroyed, true);
  assert.strictEqual(e._readableState.destroyed, true);
  assert.strictEqual(e._writableState.destroyed, true);
}
