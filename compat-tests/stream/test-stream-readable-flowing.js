// covers: stream.Readable.prototype.pause, stream.Readable.prototype.resume, stream.Readable.prototype.isPaused, stream.Readable.prototype.readableFlowing
'use strict';
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {} });
assert.strictEqual(r.readableFlowing, null);
assert.strictEqual(r.isPaused(), false);

// Attaching 'data' switches to flowing.
const got = [];
r.on('data', (c) => got.push(String(c)));
assert.strictEqual(r.readableFlowing, true);

r.pause();
assert.strictEqual(r.readableFlowing, false);
assert.strictEqual(r.isPaused(), true);
r.push('x');
// While paused, no data events are emitted even after a tick.
setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(got, []);
  assert.strictEqual(r.readableLength, 1);
  r.resume();
  assert.strictEqual(r.readableFlowing, true);
  setImmediate(common.mustCall(() => {
    assert.deepStrictEqual(got, ['x']);
    r.push(null);
  }));
}));
r.on('end', common.mustCall());

// resume() without a data listener drains the stream.
const drained = new Readable({ read() {} });
drained.push('a');
drained.push(null);
drained.on('end', common.mustCall());
drained.resume();
