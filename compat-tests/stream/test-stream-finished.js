// covers: stream.finished
'use strict';
const common = require('../common');
const assert = require('assert');
const { finished, Readable, Writable, PassThrough } = require('stream');

const r = Readable.from(['a']);
const cleanup = finished(r, common.mustSucceed());
assert.strictEqual(typeof cleanup, 'function');
r.resume();

const w = new Writable({ write(c, e, cb) { cb(); } });
finished(w, common.mustSucceed());
w.end('x');

// Error.
const e = new PassThrough();
finished(e, common.mustCall((err) => assert.strictEqual(err.message, 'nope')));
e.destroy(new Error('nope'));

// Premature close.
const p = new PassThrough();
finished(p, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE');
  assert.strictEqual(err.message, 'Premature close');
}));
p.destroy();

// readable: false only waits for the writable side.
const d = new PassThrough();
finished(d, { readable: false }, common.mustSucceed());
d.end('data-never-read');

// Already finished streams still get the callback.
const done = Readable.from([]);
done.resume();
done.on('end', common.mustCall(() => {
  setImmediate(() => finished(done, common.mustSucceed()));
}));

// The cleanup function removes listeners.
const c = new PassThrough();
const off = finished(c, common.mustNotCall());
off();
c.destroy();
