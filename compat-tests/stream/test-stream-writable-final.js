// covers: stream.Writable, stream.Writable.prototype.end
'use strict';
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const order = [];
const w = new Writable({
  write(c, e, cb) { order.push('write'); cb(); },
  final: common.mustCall(function(cb) {
    order.push('final');
    setImmediate(() => { order.push('final-done'); cb(); });
  }),
});
w.on('prefinish', common.mustCall(() => order.push('prefinish')));
w.on('finish', common.mustCall(() => {
  order.push('finish');
  assert.deepStrictEqual(order, ['write', 'final', 'final-done', 'prefinish', 'finish']);
}));
w.end('x');

// An error from _final errors the stream; finish is never emitted.
const bad = new Writable({
  write(c, e, cb) { cb(); },
  final(cb) { cb(new Error('final failed')); },
});
bad.on('finish', common.mustNotCall());
bad.on('error', common.mustCall((e) => assert.strictEqual(e.message, 'final failed')));
bad.end();

// decodeStrings: false passes strings through with their encoding.
const raw = new Writable({
  decodeStrings: false,
  write: common.mustCall((chunk, enc, cb) => {
    assert.strictEqual(chunk, 'text');
    assert.strictEqual(enc, 'utf8');
    cb();
  }),
});
raw.end('text');

// defaultEncoding changes the encoding used for string chunks.
const hex = new Writable({
  defaultEncoding: 'hex',
  write: common.mustCall((chunk, enc, cb) => {
    assert.strictEqual(chunk.toString(), 'hi');
    cb();
  }),
});
hex.end('6869');
const setEnc = new Writable({ write(c, e, cb) { cb(); } });
assert.strictEqual(setEnc.setDefaultEncoding('latin1'), setEnc);
assert.throws(() => setEnc.setDefaultEncoding('bogus'), {
  code: 'ERR_UNKNOWN_ENCODING',
  message: 'Unknown encoding: bogus',
});
