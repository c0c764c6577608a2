// covers: stream.Writable, stream.Writable.prototype.write, stream.Writable.prototype.end, stream.Writable.prototype.writableFinished, stream.Writable.prototype.writableEnded
'use strict';
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const received = [];
const order = [];
const w = new Writable({
  write(chunk, encoding, cb) {
    assert.ok(Buffer.isBuffer(chunk));  // strings decoded by default
    assert.strictEqual(encoding, 'buffer');
    received.push(chunk.toString());
    cb();
  },
});
assert.strictEqual(w.writable, true);
assert.strictEqual(w.writableEnded, false);
assert.strictEqual(w.writableHighWaterMark, 65536);

w.write('a', common.mustCall(() => order.push('cb-a')));
w.write(Buffer.from('b'), 'buffer', common.mustCall(() => order.push('cb-b')));
w.write('63', 'hex');
w.on('finish', common.mustCall(() => {
  order.push('finish');
  assert.strictEqual(w.writableFinished, true);
}));
w.on('close', common.mustCall(() => {
  order.push('close');
  assert.deepStrictEqual(received, ['a', 'b', 'c', 'd']);
  // Write callbacks run first, the end() callback right before 'finish'.
  assert.deepStrictEqual(order, ['cb-a', 'cb-b', 'end-cb', 'finish', 'close']);
}));
w.end('d', common.mustCall(() => order.push('end-cb')));
assert.strictEqual(w.writableEnded, true);
assert.strictEqual(w.writable, false);

// Missing _write implementation throws synchronously from write().
const noImpl = new Writable();
assert.throws(() => noImpl.write('x'), {
  code: 'ERR_METHOD_NOT_IMPLEMENTED',
  message: 'The _write() method is not implemented',
});
