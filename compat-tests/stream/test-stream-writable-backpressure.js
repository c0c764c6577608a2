// covers: stream.Writable.prototype.write, stream.Writable.prototype.writableLength, stream.Writable.prototype.writableNeedDrain
'use strict';
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const pending = [];
const w = new Writable({
  highWaterMark: 5,
  write(chunk, enc, cb) { pending.push(cb); },
});
assert.strictEqual(w.write('abc'), true);   // 3 < 5
assert.strictEqual(w.writableLength, 3);
assert.strictEqual(w.write('de'), false);   // 5 >= 5 -> backpressure
assert.strictEqual(w.writableNeedDrain, true);
// Writes still buffer while over the mark.
assert.strictEqual(w.write('f'), false);
assert.strictEqual(w.writableLength, 6);

w.on('drain', common.mustCall(() => {
  assert.strictEqual(w.writableLength, 0);
  assert.strictEqual(w.writableNeedDrain, false);
  assert.strictEqual(w.write('g'), true);
}));
// Complete the writes one by one (each completion triggers the next _write).
function flush() {
  const cb = pending.shift();
  if (cb) {
    cb();
    setImmediate(flush);
  }
}
flush();

// Object mode counts items, not bytes.
const o = new Writable({ objectMode: true, highWaterMark: 2, write(c, e, cb) { /* never */ } });
assert.strictEqual(o.write({}), true);
assert.strictEqual(o.write({}), false);
assert.strictEqual(o.writableLength, 2);
