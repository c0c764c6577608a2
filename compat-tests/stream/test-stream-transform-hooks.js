// covers: stream.PassThrough.prototype._transform, stream.Transform.prototype._write
// covers: stream.Transform.prototype._read, stream.Transform.prototype._final
'use strict';
// The Writable/Readable hooks a Transform implements on top of _transform/_flush.
const common = require('../common');
const assert = require('assert');
const { Transform, PassThrough, Writable, Readable } = require('stream');

// PassThrough._transform hands each chunk on unchanged.
{
  const pt = new PassThrough();
  pt._transform('x', 'utf8', common.mustCall((err, chunk) => {
    assert.strictEqual(err, null);
    assert.strictEqual(chunk, 'x');
  }));
  const obj = { o: 1 };
  new PassThrough({ objectMode: true })._transform(obj, 'buffer', common.mustCall((err, chunk) => {
    assert.strictEqual(chunk, obj);
  }));
}

// Transform overrides the base hooks.
assert.notStrictEqual(Transform.prototype._write, Writable.prototype._write);
assert.notStrictEqual(Transform.prototype._read, Readable.prototype._read);

// _write runs _transform and pushes its output; its callback waits while the readable
// side is full, and _read releases it.
{
  const t = new Transform({
    objectMode: true,
    highWaterMark: 2,
    transform(chunk, enc, cb) { cb(null, chunk * 2); },
  });
  let done = 0;
  t._write(1, 'buffer', () => done++);
  assert.strictEqual(done, 1);                 // room left: called at once
  assert.strictEqual(t.readableLength, 1);
  t._write(2, 'buffer', () => done++);
  assert.strictEqual(t.readableLength, 2);
  assert.strictEqual(done, 1);                 // full: held back
  t._read();
  assert.strictEqual(done, 2);                 // _read lets the writer continue
  t._read();                                   // nothing pending: no-op
  assert.strictEqual(done, 2);
  assert.strictEqual(t.read(), 2);
  assert.strictEqual(t.read(), 4);
}
// _transform errors go to the write callback.
{
  const t = new Transform({ transform(chunk, enc, cb) { cb(new Error('tf')); } });
  t.on('error', () => {});
  t._write('a', 'utf8', common.mustCall((err) => assert.strictEqual(err.message, 'tf')));
}
// No _transform: writing throws ERR_METHOD_NOT_IMPLEMENTED.
assert.throws(() => new Transform().write('x'),
              common.expectsError({ code: 'ERR_METHOD_NOT_IMPLEMENTED', message: 'The _transform() method is not implemented' }));
// Through the stream: write callbacks wait for the reader.
{
  const t = new Transform({ objectMode: true, highWaterMark: 1, transform(c, e, cb) { cb(null, c); } });
  const order = [];
  t.write(1, () => order.push('cb1'));
  t.write(2, () => order.push('cb2'));
  setImmediate(common.mustCall(() => {
    assert.deepStrictEqual(order, []);
    assert.strictEqual(t.read(), 1);
    setImmediate(common.mustCall(() => assert.ok(order.includes('cb1'))));
  }));
}

// _final runs _flush, pushes its result and ends the readable side.
{
  const t = new Transform({
    transform(c, e, cb) { cb(null, c); },
    flush: common.mustCall((cb) => cb(null, 'tail')),
  });
  t._final(common.mustCall((err) => assert.ifError(err)));
  assert.strictEqual(t._readableState.ended, true);
  assert.strictEqual(t.read().toString(), 'tail');
}
{
  const t = new Transform({ transform(c, e, cb) { cb(null, c); }, flush(cb) { cb(new Error('flushfail')); } });
  t.on('error', () => {});
  t._final(common.mustCall((err) => assert.strictEqual(err.message, 'flushfail')));
}
{
  // Without _flush it just ends the readable side.
  const t = new Transform({ transform(c, e, cb) { cb(null, c); } });
  t._final(common.mustCall((err) => {
    assert.ifError(err);
    assert.strictEqual(t._readableState.ended, true);
  }));
}
// Event order through end(): data, flush, the flushed data; 'end' and 'finish' before 'close'.
{
  const events = [];
  const t = new Transform({
    transform(c, e, cb) { cb(null, c); },
    flush(cb) { events.push('flush'); cb(null, 'F'); },
  });
  t.on('data', (d) => events.push(`data:${d}`));
  t.on('finish', () => events.push('finish'));
  t.on('end', common.mustCall(() => {
    events.push('end');
    assert.deepStrictEqual(events.slice(0, 3), ['data:a', 'flush', 'data:F']);
  }));
  t.on('close', common.mustCall(() => {
    assert.deepStrictEqual(events.filter((e) => e === 'finish' || e === 'end').sort(), ['end', 'finish']);
  }));
  t.end('a');
}
