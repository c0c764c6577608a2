// covers: stream.Readable, stream.Writable, stream.Duplex, stream.Transform, stream.PassThrough
// covers: events.EventEmitter.prototype.eventNames
'use strict';
const common = require('../common');
const assert = require('assert');
const stream = require('stream');

// The legacy module ids still resolve to the same classes.
assert.strictEqual(require('_stream_readable'), stream.Readable);
assert.strictEqual(require('_stream_writable'), stream.Writable);
assert.strictEqual(require('_stream_duplex'), stream.Duplex);
assert.strictEqual(require('_stream_transform'), stream.Transform);
assert.strictEqual(require('_stream_passthrough'), stream.PassThrough);

// eventNames() lists only events with listeners; the common stream events come first,
// in a fixed order, whatever order the listeners were added in.
const r = new stream.Readable({ read() {} });
assert.deepStrictEqual(r.eventNames(), []);
r.on('custom', () => {});
r.on('end', () => {});
r.on('close', () => {});
assert.deepStrictEqual(r.eventNames(), ['close', 'end', 'custom']);
r.removeAllListeners('close');
assert.deepStrictEqual(r.eventNames(), ['end', 'custom']);

const w = new stream.Writable({ write(c, e, cb) { cb(); } });
w.on('custom', () => {});
w.on('finish', () => {});
w.on('error', () => {});
assert.deepStrictEqual(w.eventNames(), ['error', 'finish', 'custom']);
w.end('x');
w.on('finish', common.mustCall(() => {
  assert.strictEqual(w.listenerCount('finish'), 2);
}));
