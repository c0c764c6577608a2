// covers: stream.Readable.prototype.destroy, stream.Readable.prototype.destroyed, stream.Readable.prototype._destroy, stream.Readable.prototype.errored
'use strict';
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

// destroy() without error: close but no error, no end.
const r = new Readable({ read() {} });
r.on('end', common.mustNotCall());
r.on('error', common.mustNotCall());
r.on('close', common.mustCall());
assert.strictEqual(r.destroy(), r);
assert.strictEqual(r.destroyed, true);

// destroy(err): error then close.
const r2 = new Readable({ read() {} });
const order = [];
const boom = new Error('boom');
r2.on('error', common.mustCall((e) => { order.push('error'); assert.strictEqual(e, boom); }));
r2.on('close', common.mustCall(() => {
  order.push('close');
  assert.deepStrictEqual(order, ['error', 'close']);
  assert.strictEqual(r2.errored, boom);
}));
r2.destroy(boom);
// Second destroy is a no-op.
r2.destroy(new Error('ignored'));

// Custom _destroy receives the error and can replace it.
const r3 = new Readable({
  read() {},
  destroy: common.mustCall((err, cb) => {
    assert.strictEqual(err, null);
    cb(new Error('from _destroy'));
  }),
});
r3.on('error', common.mustCall((e) => assert.strictEqual(e.message, 'from _destroy')));
r3.destroy();

// emitClose: false suppresses the 'close' event.
const r4 = new Readable({ read() {}, emitClose: false });
r4.on('close', common.mustNotCall());
r4.destroy();

// Pushing after destroy is ignored.
const r5 = new Readable({ read() {} });
r5.destroy();
assert.strictEqual(r5.push('x'), false);
