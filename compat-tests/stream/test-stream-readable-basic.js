// covers: stream.Readable, stream.Readable.prototype.push, stream.Readable.prototype.on, stream.Readable.prototype.readableEnded
'use strict';
const common = require('../common');
const assert = require('assert');
const { Readable, Stream } = require('stream');

assert.strictEqual(require('stream').Readable, Readable);
const r = new Readable({ read() {} });
assert.ok(r instanceof Stream);
assert.strictEqual(r.readable, true);
assert.strictEqual(r.readableEnded, false);
// Default byte-mode highWaterMark is 64 KiB (since Node 22).
assert.strictEqual(r.readableHighWaterMark, 65536);
assert.strictEqual(r.readableObjectMode, false);

const order = [];
r.on('data', (chunk) => {
  assert.ok(Buffer.isBuffer(chunk));
  order.push('data:' + chunk);
});
r.on('end', common.mustCall(() => {
  order.push('end');
  assert.strictEqual(r.readableEnded, true);
}));
r.on('close', common.mustCall(() => {
  order.push('close');
  assert.deepStrictEqual(order, ['data:a', 'data:b', 'end', 'close']);
  assert.strictEqual(r.destroyed, true);  // autoDestroy
}));

// push returns whether more data is wanted.
assert.strictEqual(r.push('a'), true);
r.push(Buffer.from('b'));
r.push(null);

// Pushing after EOF is an error.
const late = new Readable({ read() {} });
late.push(null);
late.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_STREAM_PUSH_AFTER_EOF');
  assert.strictEqual(err.message, 'stream.push() after EOF');
}));
late.push('late');

// A read() implementation is required if the stream is consumed.
const noImpl = new Readable();
noImpl.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_METHOD_NOT_IMPLEMENTED');
  assert.strictEqual(err.message, 'The _read() method is not implemented');
}));
noImpl.resume();
