// covers: stream.Readable.prototype.closed, stream.Readable.prototype.readable
// covers: stream.Readable.prototype.readableAborted, stream.Readable.prototype.readableBuffer
// covers: stream.Readable.prototype.readableDidRead, stream.Readable.prototype.readableHighWaterMark
// covers: stream.Readable.prototype[Symbol.asyncDispose]
'use strict';
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

// A fresh stream.
{
  const r = new Readable({ read() {}, highWaterMark: 5 });
  assert.strictEqual(r.closed, false);
  assert.strictEqual(r.readable, true);
  assert.strictEqual(r.readableAborted, false);
  assert.strictEqual(r.readableDidRead, false);
  assert.strictEqual(r.readableHighWaterMark, 5);
  assert.deepStrictEqual([...r.readableBuffer], []);

  // readableBuffer holds the queued chunks.
  r.push('ab');
  r.push('cd');
  assert.deepStrictEqual([...r.readableBuffer].map(String), ['ab', 'cd']);
  assert.strictEqual(r.readableBuffer.length, 2);
  assert.strictEqual(r.readableLength, 4);
  assert.strictEqual(r.read(1).toString(), 'a');
  assert.strictEqual(r.readableDidRead, true);
  assert.strictEqual(r.readableLength, 3);

  // destroy() before end: aborted, no longer readable, closed.
  r.destroy();
  assert.strictEqual(r.destroyed, true);
  assert.strictEqual(r.readable, false);
  assert.strictEqual(r.readableAborted, true);
  assert.strictEqual(r.closed, true);
  r.on('close', common.mustCall(() => assert.strictEqual(r.closed, true)));
}

// Default and object-mode high water marks.
assert.strictEqual(new Readable().readableHighWaterMark, 64 * 1024);
assert.strictEqual(new Readable({ objectMode: true }).readableHighWaterMark, 16);
assert.strictEqual(new Readable({ highWaterMark: 0 }).readableHighWaterMark, 0);
assert.throws(() => new Readable({ highWaterMark: -1 }),
              common.expectsError({ code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' }));

// Ending normally is not an abort; readable turns false at 'end', closed at 'close'.
{
  const r = new Readable({ read() {} });
  r.push('x');
  r.push(null);
  assert.strictEqual(r.readable, true);
  r.on('data', common.mustCall(() => assert.strictEqual(r.readableDidRead, true)));
  r.on('end', common.mustCall(() => {
    assert.strictEqual(r.readable, false);
    assert.strictEqual(r.readableAborted, false);
    assert.strictEqual(r.closed, false);
  }));
  r.on('close', common.mustCall(() => {
    assert.strictEqual(r.closed, true);
    assert.strictEqual(r.readableAborted, false);
  }));
}

// Destroyed after push(null) but before 'end': still aborted.
{
  const r = new Readable({ read() {} });
  r.push('x');
  r.push(null);
  r.destroy();
  assert.strictEqual(r.readableAborted, true);
}

// readableDidRead is also set by 'data' listeners / resume.
{
  const r = Readable.from(['a']);
  assert.strictEqual(r.readableDidRead, false);
  r.resume();
  r.on('end', common.mustCall(() => assert.strictEqual(r.readableDidRead, true)));
}

// Symbol.asyncDispose: destroys with an AbortError and resolves once closed.
{
  const r = new Readable({ read() {} });
  r.on('error', common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
  r.on('close', common.mustCall());
  const p = r[Symbol.asyncDispose]();
  assert.ok(p instanceof Promise);
  assert.strictEqual(r.destroyed, true);
  p.then(common.mustCall(() => {
    assert.strictEqual(r.errored.name, 'AbortError');
    assert.strictEqual(r.readableAborted, true);
  }));
}
// ... after a normal end it just resolves, no error.
{
  const r = new Readable({ read() {} });
  r.push(null);
  r.resume();
  r.on('error', common.mustNotCall());
  r.on('end', common.mustCall(async () => {
    await r[Symbol.asyncDispose]();
    assert.strictEqual(r.errored, null);
  }));
}
