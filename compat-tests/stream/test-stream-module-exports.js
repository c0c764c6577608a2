// covers: stream, stream.Stream.Stream, stream.Stream.Readable, stream.Stream.Writable
// covers: stream.Stream.Duplex, stream.Stream.Transform, stream.Stream.PassThrough
// covers: stream.Stream.addAbortSignal, stream.Stream.compose, stream.Stream.destroy
// covers: stream.Stream.duplexPair, stream.Stream.finished, stream.Stream.getDefaultHighWaterMark
// covers: stream.Stream.setDefaultHighWaterMark, stream.Stream.isDestroyed, stream.Stream.isDisturbed
// covers: stream.Stream.isErrored, stream.Stream.isReadable, stream.Stream.isWritable
// covers: stream.Stream.pipeline, stream.Stream.promises, stream.Stream.prototype.eventNames
// covers: stream.promises, stream.destroy, stream.duplexPair, stream.isDestroyed, stream.isWritable
'use strict';
// require('stream') is the legacy Stream constructor; everything hangs off it, also as Stream.X.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const stream = require('stream');
const { Stream } = stream;

// The module itself.
assert.strictEqual(typeof stream, 'function');
assert.strictEqual(Stream, stream);
assert.strictEqual(Stream.Stream, stream);
const legacy = new stream();
assert.ok(legacy instanceof EventEmitter);
assert.strictEqual(typeof legacy.pipe, 'function');
assert.ok(new stream.Readable() instanceof stream);
assert.ok(new stream.Writable() instanceof Stream);

// Stream.X is the same object as stream.X.
for (const name of ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'addAbortSignal',
                    'compose', 'destroy', 'duplexPair', 'finished', 'getDefaultHighWaterMark',
                    'setDefaultHighWaterMark', 'isDestroyed', 'isDisturbed', 'isErrored', 'isReadable',
                    'isWritable', 'pipeline', 'promises']) {
  assert.strictEqual(Stream[name], stream[name], name);
}
assert.strictEqual(Object.getPrototypeOf(Stream.Readable), stream);
assert.ok(new Stream.Transform() instanceof Stream.Duplex);
assert.ok(new Stream.PassThrough() instanceof Stream.Transform);
assert.ok(new Stream.Duplex() instanceof Stream.Writable);

// promises: a getter returning the stream/promises module.
const desc = Object.getOwnPropertyDescriptor(stream, 'promises');
assert.strictEqual(typeof desc.get, 'function');
assert.strictEqual(stream.promises, require('stream/promises'));
assert.strictEqual(typeof stream.promises.pipeline, 'function');
assert.strictEqual(typeof stream.promises.finished, 'function');

// Stream.prototype.eventNames lists events with listeners (strings first, then symbols).
{
  const s = new Stream();
  assert.deepStrictEqual(s.eventNames(), []);
  const sym = Symbol('q');
  s.on(sym, () => {});
  s.on('a', () => {});
  s.once('b', () => {});
  assert.deepStrictEqual(s.eventNames(), ['a', 'b', sym]);
  s.removeAllListeners('a');
  assert.deepStrictEqual(s.eventNames(), ['b', sym]);
  s.emit('b');
  assert.deepStrictEqual(s.eventNames(), [sym]);
  const r = new Stream.Readable({ read() {} });
  r.on('data', () => {});
  assert.ok(r.eventNames().includes('data'));
}

// destroy(stream, err) / isDestroyed.
{
  const r = new Stream.Readable({ read() {} });
  assert.strictEqual(stream.isDestroyed(r), false);
  r.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'x')));
  stream.destroy(r, new Error('x'));
  assert.strictEqual(stream.isDestroyed(r), true);
  assert.strictEqual(Stream.isDestroyed(r), true);
  // Non-streams: isDestroyed is null; destroy() calls a destroy method if present.
  assert.strictEqual(stream.isDestroyed({}), null);
  assert.strictEqual(stream.isDestroyed(null), null);
  const fake = new EventEmitter();
  fake.destroy = common.mustCall((err) => assert.strictEqual(err, 'why'));
  Stream.destroy(fake, 'why');
}

// isWritable: true while a writable side accepts writes; null for non-writables.
{
  assert.strictEqual(stream.isWritable(new Stream.Writable()), true);
  assert.strictEqual(stream.isWritable(new Stream.Duplex()), true);
  assert.strictEqual(stream.isWritable(new Stream.Readable()), null);
  assert.strictEqual(stream.isWritable({}), null);
  const ended = new Stream.Writable({ write(c, e, cb) { cb(); } });
  ended.end();
  assert.strictEqual(Stream.isWritable(ended), false);
  const destroyed = new Stream.Writable({ write(c, e, cb) { cb(); } });
  destroyed.destroy();
  assert.strictEqual(stream.isWritable(destroyed), false);
  assert.strictEqual(stream.isWritable(new WritableStream()), true);
}

// duplexPair: two connected Duplex ends.
{
  const [a, b] = stream.duplexPair();
  assert.ok(a instanceof Stream.Duplex);
  assert.ok(b instanceof Stream.Duplex);
  b.on('data', common.mustCall((d) => assert.strictEqual(String(d), 'hello')));
  a.on('data', common.mustCall((d) => assert.strictEqual(String(d), 'back')));
  b.on('end', common.mustCall());
  a.write('hello');
  b.write('back');
  a.end();

  const [c, d] = Stream.duplexPair({ objectMode: true });
  c.write({ x: 1 });
  d.once('data', common.mustCall((obj) => assert.deepStrictEqual(obj, { x: 1 })));
}

// The other Stream.* functions, used through the alias.
{
  Stream.pipeline(Stream.Readable.from(['a', 'b']), new Stream.PassThrough(),
                  new Stream.Writable({ write(c, e, cb) { cb(); } }), common.mustSucceed());
  const r = Stream.Readable.from(['z']);
  assert.strictEqual(Stream.isReadable(r), true);
  assert.strictEqual(Stream.isDisturbed(r), false);
  r.resume();
  Stream.finished(r, common.mustSucceed(() => {
    assert.strictEqual(Stream.isDisturbed(r), true);
    assert.strictEqual(Stream.isErrored(r), false);
  }));
  const composed = Stream.compose(new Stream.PassThrough(), new Stream.PassThrough());
  assert.ok(composed instanceof Stream.Duplex);
  const ac = new AbortController();
  const guarded = Stream.addAbortSignal(ac.signal, new Stream.Readable({ read() {} }));
  guarded.on('error', common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
  ac.abort();
  const before = Stream.getDefaultHighWaterMark(false);
  Stream.setDefaultHighWaterMark(false, 1234);
  assert.strictEqual(stream.getDefaultHighWaterMark(false), 1234);
  assert.strictEqual(new Stream.Readable().readableHighWaterMark, 1234);
  Stream.setDefaultHighWaterMark(false, before);
  assert.strictEqual(Stream.getDefaultHighWaterMark(true), 16);
  Stream.promises.pipeline(Stream.Readable.from(['x']), new Stream.PassThrough().resume())
    .then(common.mustCall());
}
