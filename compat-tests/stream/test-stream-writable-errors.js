// covers: stream.Writable.prototype.write, stream.Writable.prototype.end, stream.Writable.prototype.destroy
'use strict';
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const mk = () => new Writable({ write(c, e, cb) { cb(); } });

// write after end.
const w1 = mk();
w1.end();
w1.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
  assert.strictEqual(err.message, 'write after end');
}));
assert.strictEqual(w1.write('x', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
})), false);

// null chunk.
const w2 = mk();
assert.throws(() => w2.write(null), {
  code: 'ERR_STREAM_NULL_VALUES',
  name: 'TypeError',
  message: 'May not write null values to stream',
});
// Non-buffer chunk in byte mode.
assert.throws(() => w2.write(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: /^The "chunk" argument must be of type string or an instance of Buffer/,
});

// write after destroy.
const w3 = mk();
w3.destroy();
w3.write('x', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
  assert.strictEqual(err.message, 'Cannot call write after a stream was destroyed');
}));

// An error passed to the write callback errors the stream.
const w4 = new Writable({ write(c, e, cb) { cb(new Error('disk full')); } });
w4.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'disk full')));
w4.on('close', common.mustCall(() => assert.strictEqual(w4.destroyed, true)));
w4.on('finish', common.mustNotCall());
w4.write('x');

// A second end() before 'finish' just waits for it; after 'finish' it fails.
const w5 = mk();
w5.end();
w5.end(common.mustCall((err) => assert.strictEqual(err, null)));
w5.on('finish', common.mustCall(() => {
  w5.end(common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_ALREADY_FINISHED');
    assert.strictEqual(err.message, 'Cannot call end after a stream was finished');
  }));
}));
