// covers: stream.Readable.ReadableState, stream.Writable.WritableState
'use strict';
// The per-stream state objects (stream._readableState / _writableState) and their options.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable, Duplex } = require('stream');
const { ReadableState } = Readable;
const { WritableState } = Writable;

// Streams keep an instance of each.
assert.ok(new Readable()._readableState instanceof ReadableState);
assert.ok(new Writable()._writableState instanceof WritableState);
const duplex = new Duplex();
assert.ok(duplex._readableState instanceof ReadableState);
assert.ok(duplex._writableState instanceof WritableState);

// ReadableState(options, stream, isDuplex).
{
  const st = new ReadableState({ highWaterMark: 3, objectMode: true }, null, false);
  assert.strictEqual(st.highWaterMark, 3);
  assert.strictEqual(st.objectMode, true);
  assert.strictEqual(st.length, 0);
  assert.strictEqual(st.flowing, null);
  assert.strictEqual(st.ended, false);
  assert.strictEqual(st.endEmitted, false);
  assert.strictEqual(st.reading, false);

  const byteMode = new ReadableState({}, null, true);
  assert.strictEqual(byteMode.highWaterMark, 64 * 1024);
  assert.strictEqual(byteMode.objectMode, false);
  // readableObjectMode only counts for duplexes.
  assert.strictEqual(new ReadableState({ readableObjectMode: true }, null, true).objectMode, true);
  assert.strictEqual(new ReadableState({ readableObjectMode: true }, null, true).highWaterMark, 16);
  assert.strictEqual(new ReadableState({ readableObjectMode: true }, null, false).objectMode, false);
  assert.strictEqual(new ReadableState({ encoding: 'hex' }, null, false).encoding, 'hex');
  assert.throws(() => new ReadableState({ highWaterMark: -1 }, null, false),
                common.expectsError({ code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' }));
}
// The state tracks the stream.
{
  const r = new Readable({ read() {} });
  const st = r._readableState;
  r.push('abc');
  assert.strictEqual(st.length, 3);
  r.push(null);
  assert.strictEqual(st.ended, true);
  r.on('data', () => {});
  assert.strictEqual(st.flowing, true);
  r.on('end', common.mustCall(() => assert.strictEqual(st.endEmitted, true)));
}

// WritableState(options, stream, isDuplex).
{
  const st = new WritableState({ highWaterMark: 2, objectMode: true }, null, false);
  assert.strictEqual(st.highWaterMark, 2);
  assert.strictEqual(st.objectMode, true);
  assert.strictEqual(st.length, 0);
  assert.strictEqual(st.ended, false);
  assert.strictEqual(st.finished, false);
  assert.strictEqual(st.corked, 0);
  assert.deepStrictEqual(st.getBuffer(), []);

  const plain = new WritableState({ decodeStrings: false, defaultEncoding: 'hex' }, null, false);
  assert.strictEqual(plain.decodeStrings, false);
  assert.strictEqual(plain.defaultEncoding, 'hex');
  assert.strictEqual(plain.highWaterMark, 64 * 1024);
  assert.strictEqual(new WritableState({ writableObjectMode: true }, null, true).objectMode, true);
  assert.strictEqual(new WritableState({ writableObjectMode: true }, null, false).objectMode, false);
  assert.throws(() => new WritableState({ highWaterMark: -1 }, null, false),
                common.expectsError({ code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' }));
}
{
  const w = new Writable({ write(chunk, enc, cb) { setImmediate(cb); } });
  const st = w._writableState;
  w.write('a');
  w.write('bc');
  assert.strictEqual(st.length, 3);
  // getBuffer() lists the writes waiting behind the one in progress.
  assert.deepStrictEqual(st.getBuffer().map((req) => String(req.chunk)), ['bc']);
  w.cork();
  assert.strictEqual(st.corked, 1);
  w.uncork();
  w.end();
  assert.strictEqual(st.ended, true);
  w.on('finish', common.mustCall(() => assert.strictEqual(st.finished, true)));
}
