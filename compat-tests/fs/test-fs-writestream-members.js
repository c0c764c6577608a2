// covers: fs.FileWriteStream, fs.WriteStream.prototype._construct, fs.WriteStream.prototype._write
// covers: fs.WriteStream.prototype._writev, fs.WriteStream.prototype._destroy
// covers: fs.WriteStream.prototype.autoClose, fs.WriteStream.prototype.close
// covers: fs.WriteStream.prototype.destroySoon, fs.WriteStream.prototype.pending
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

common.tmpdir.refresh();
assert.strictEqual(fs.FileWriteStream, fs.WriteStream);

const calls = { construct: 0, write: 0, writev: 0, chunks: 0, destroy: 0 };
class Spy extends fs.WriteStream {
  _construct(cb) { calls.construct++; super._construct(cb); }
  _write(chunk, enc, cb) { calls.write++; super._write(chunk, enc, cb); }
  _writev(chunks, cb) { calls.writev++; calls.chunks += chunks.length; super._writev(chunks, cb); }
  _destroy(err, cb) { calls.destroy++; super._destroy(err, cb); }
}
const file = common.tmpdir.resolve('w.txt');
const ws = new Spy(file);
assert.ok(ws instanceof fs.FileWriteStream);
assert.strictEqual(ws.pending, true);
assert.strictEqual(ws.autoClose, true);
ws.on('ready', common.mustCall(() => {
  assert.strictEqual(ws.pending, false);
  // Once constructed, a lone write goes through _write...
  setImmediate(() => ws.write('a', common.mustSucceed(() => {
    // ...and corked writes are flushed together through _writev.
    ws.cork();
    ws.write('b');
    ws.write('c');
    ws.write('d');
    process.nextTick(() => {
      ws.uncork();
      ws.end();
    });
  })));
}));
ws.on('close', common.mustCall(() => {
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abcd');
  assert.strictEqual(calls.construct, 1);
  assert.strictEqual(calls.write, 1);
  assert.strictEqual(calls.writev, 1);
  assert.strictEqual(calls.chunks, 3);
  assert.strictEqual(calls.destroy, 1);
}));

// destroySoon() ends the stream like end(): pending data is written, then it closes.
const soonFile = common.tmpdir.resolve('soon.txt');
const soon = fs.createWriteStream(soonFile);
soon.write('pending data');
soon.destroySoon();
soon.on('finish', common.mustCall());
soon.on('close', common.mustCall(() => {
  assert.strictEqual(fs.readFileSync(soonFile, 'utf8'), 'pending data');
}));

// autoClose: false keeps the descriptor after a write; close(cb) ends the stream and
// releases it.
const keepFile = common.tmpdir.resolve('keep.txt');
const keep = fs.createWriteStream(keepFile, { autoClose: false });
assert.strictEqual(keep.autoClose, false);
keep.write('kept', common.mustSucceed(() => {
  fs.fstatSync(keep.fd);   // still open
  keep.close(common.mustCall((err) => {
    assert.ifError(err);
    assert.strictEqual(keep.destroyed, true);
    assert.strictEqual(fs.readFileSync(keepFile, 'utf8'), 'kept');
  }));
}));

// Opening a path in a missing directory fails in _construct and reports 'error'.
const bad = fs.createWriteStream(common.tmpdir.resolve('no', 'such', 'file'));
bad.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ENOENT')));
