// covers: stream.Readable.prototype.compose, stream.Readable.wrap
'use strict';
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Readable, Duplex, Transform } = require('stream');

// readable.compose(stream): a Duplex reading from this stream through the other.
{
  const upper = Readable.from(['a', 'b', 'c']).compose(async function* (source) {
    for await (const chunk of source) yield String(chunk).toUpperCase();
  });
  assert.ok(upper instanceof Duplex);
  upper.toArray().then(common.mustCall((out) => assert.deepStrictEqual(out, ['A', 'B', 'C'])));

  const times10 = Readable.from([1, 2, 3]).compose(new Transform({
    objectMode: true,
    transform(x, enc, cb) { cb(null, x * 10); },
  }));
  times10.toArray().then(common.mustCall((out) => assert.deepStrictEqual(out, [10, 20, 30])));

  // Errors in the composed stage reach the result.
  const failing = Readable.from([1]).compose(async function* (source) {
    for await (const x of source) throw new Error(`bad ${x}`);
  });
  failing.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'bad 1')));
  failing.resume();

  assert.throws(() => Readable.from([1]).compose(5),
                common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
}

// Readable.wrap(oldStream): an old-style 'data'/'end' emitter as a Readable.
{
  const old = new EventEmitter();
  const wrapped = Readable.wrap(old);
  assert.ok(wrapped instanceof Readable);
  // Object mode unless the source says otherwise.
  assert.strictEqual(wrapped.readableObjectMode, true);
  const seen = [];
  wrapped.on('data', (d) => seen.push(d));
  wrapped.on('end', common.mustCall(() => assert.deepStrictEqual(seen, ['x', { o: 1 }])));
  old.emit('data', 'x');
  old.emit('data', { o: 1 });
  old.emit('end');
}
{
  const old = new EventEmitter();
  old.readableObjectMode = false;
  assert.strictEqual(Readable.wrap(old).readableObjectMode, false);
}
{
  // Options pass through; the source's errors are forwarded and close the wrapper.
  const old = new EventEmitter();
  const wrapped = Readable.wrap(old, { objectMode: false, encoding: 'utf8' });
  wrapped.on('data', common.mustCall((d) => assert.strictEqual(d, 'hi')));
  wrapped.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'boom')));
  wrapped.on('close', common.mustCall());
  old.emit('data', Buffer.from('hi'));
  old.emit('error', new Error('boom'));
}
{
  // Destroying the wrapper destroys the source.
  const old = new EventEmitter();
  old.destroy = common.mustCall((err) => assert.strictEqual(err.message, 'bye'));
  const wrapped = Readable.wrap(old);
  wrapped.on('error', common.mustCall());
  wrapped.destroy(new Error('bye'));
}
{
  // Backpressure: the source is paused when the wrapper's buffer is full, resumed on read.
  const old = new EventEmitter();
  old.pause = common.mustCallAtLeast(() => {});
  old.resume = common.mustCallAtLeast(() => {});
  const wrapped = Readable.wrap(old, { objectMode: true, highWaterMark: 1 });
  old.emit('data', 1);
  old.emit('data', 2);
  setImmediate(common.mustCall(() => {
    assert.strictEqual(wrapped.read(), 1);
    assert.strictEqual(wrapped.read(), 2);
  }));
}
