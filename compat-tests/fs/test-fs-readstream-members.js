// covers: fs.FileReadStream, fs.ReadStream.prototype._construct, fs.ReadStream.prototype._read
// covers: fs.ReadStream.prototype._destroy, fs.ReadStream.prototype.autoClose
// covers: fs.ReadStream.prototype.close, fs.ReadStream.prototype.pending
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

common.tmpdir.refresh();
const file = common.tmpdir.resolve('r.txt');
fs.writeFileSync(file, 'x'.repeat(100));

// FileReadStream is the legacy name of ReadStream.
assert.strictEqual(fs.FileReadStream, fs.ReadStream);

// A subclass sees the hooks being used: _construct opens, _read reads, _destroy closes.
const calls = { construct: 0, read: 0, destroy: 0 };
class Spy extends fs.ReadStream {
  _construct(cb) { calls.construct++; super._construct(cb); }
  _read(n) { calls.read++; super._read(n); }
  _destroy(err, cb) { calls.destroy++; super._destroy(err, cb); }
}
const rs = new Spy(file, { highWaterMark: 16 });
assert.ok(rs instanceof fs.FileReadStream);
// pending: true until the file is open.
assert.strictEqual(rs.pending, true);
assert.strictEqual(rs.autoClose, true);
rs.on('ready', common.mustCall(() => {
  assert.strictEqual(rs.pending, false);
  assert.strictEqual(typeof rs.fd, 'number');
}));
let total = 0;
rs.on('data', (chunk) => { total += chunk.length; });
rs.on('close', common.mustCall(() => {
  assert.strictEqual(total, 100);
  assert.strictEqual(calls.construct, 1);
  assert.ok(calls.read >= 7, `read ${calls.read} times`);   // 100 bytes in 16-byte chunks
  assert.strictEqual(calls.destroy, 1);
  assert.strictEqual(rs.destroyed, true);
}));

// autoClose: false leaves the descriptor open after the end.
const keep = fs.createReadStream(file, { autoClose: false, start: 90 });
assert.strictEqual(keep.autoClose, false);
keep.autoClose = true;
assert.strictEqual(keep.autoClose, true);
keep.autoClose = false;
keep.resume();
keep.on('end', common.mustCall(() => {
  setImmediate(common.mustCall(() => {
    assert.strictEqual(keep.destroyed, false);
    fs.fstatSync(keep.fd);   // still open
    // close(cb) closes it now.
    keep.close(common.mustCall((err) => {
      assert.ifError(err);
      assert.strictEqual(keep.destroyed, true);
    }));
  }));
}));

// close() before the end stops reading and emits 'close'.
const early = fs.createReadStream(file, { highWaterMark: 4 });
early.once('data', common.mustCall(() => early.close()));
early.on('close', common.mustCall(() => assert.strictEqual(early.destroyed, true)));

// _destroy with an error passes it on to 'error'.
const failing = fs.createReadStream(file);
failing.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'boom')));
failing.destroy(new Error('boom'));
