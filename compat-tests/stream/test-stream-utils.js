// covers: stream.isReadable, stream.isErrored, stream.isDisturbed, stream.getDefaultHighWaterMark, stream.setDefaultHighWaterMark
'use strict';
const common = require('../common');
const assert = require('assert');
const stream = require('stream');
const { Readable, PassThrough } = stream;

assert.strictEqual(stream.getDefaultHighWaterMark(false), 65536);
assert.strictEqual(stream.getDefaultHighWaterMark(true), 16);
stream.setDefaultHighWaterMark(false, 1024);
try {
  assert.strictEqual(new PassThrough().readableHighWaterMark, 1024);
} finally {
  stream.setDefaultHighWaterMark(false, 65536);
}
assert.throws(() => stream.setDefaultHighWaterMark(false, -1), { code: 'ERR_OUT_OF_RANGE' });

const r = new Readable({ read() {} });
assert.strictEqual(stream.isReadable(r), true);
assert.strictEqual(stream.isErrored(r), false);
assert.strictEqual(stream.isDisturbed(r), false);
r.push('x');
r.read();
assert.strictEqual(stream.isDisturbed(r), true);
r.on('error', common.mustCall((e) => {
  assert.strictEqual(e.message, 'e');
  assert.strictEqual(stream.isErrored(r), true);
  assert.strictEqual(stream.isReadable(r), false);
}));
r.destroy(new Error('e'));
