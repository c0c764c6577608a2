// covers: stream.Writable.prototype.write, stream.Writable.prototype.writableNeedDrain
'use strict';
// write() decides backpressure after _write() has run: a write whose callback came
// synchronously has already left the buffer, so it returns true (even when the chunk is larger
// than highWaterMark, or highWaterMark is 0) and no 'drain' follows.
const common = require('../common');
const assert = require('assert');
const { Writable, Readable, Transform, pipeline } = require('stream');

function syncWritable(options) {
  return new Writable({ ...options, write(chunk, enc, cb) { cb(); } });
}

{
  const w = syncWritable({ highWaterMark: 4 });
  w.on('drain', common.mustNotCall('drain after a synchronous write'));
  assert.strictEqual(w.write('abcdefgh'), true);
  assert.strictEqual(w.writableNeedDrain, false);
  assert.strictEqual(w.writableLength, 0);
}
{
  const w = syncWritable({ highWaterMark: 0 });
  w.on('drain', common.mustNotCall('drain after a synchronous write'));
  assert.strictEqual(w.write('a'), true);
}
{
  // The default mark (64 KiB) and a 64 KiB chunk.
  const w = syncWritable({});
  w.on('drain', common.mustNotCall('drain after a synchronous write'));
  assert.strictEqual(w.write(Buffer.alloc(w.writableHighWaterMark)), true);
}

// A callback that comes later keeps the chunk counted: false, then 'drain'.
{
  const w = new Writable({ highWaterMark: 4, write(chunk, enc, cb) { process.nextTick(cb); } });
  w.on('drain', common.mustCall());
  assert.strictEqual(w.write('abcdefgh'), false);
  assert.strictEqual(w.writableNeedDrain, true);
}
{
  const w = new Writable({ highWaterMark: 0, write(chunk, enc, cb) { setImmediate(cb); } });
  w.on('drain', common.mustCall());
  assert.strictEqual(w.write('a'), false);
}

// Corked writes stay buffered: false, and 'drain' once uncorked and flushed.
{
  const w = syncWritable({ highWaterMark: 4 });
  w.cork();
  assert.strictEqual(w.write('abcdefgh'), false);
  w.on('drain', common.mustCall());
  w.uncork();
}

// A stream destroyed inside _write answers false.
{
  const w = new Writable({ write(chunk, enc, cb) { this.destroy(); cb(); } });
  w.on('error', () => {});
  assert.strictEqual(w.write('x'), false);
}

// A pipeline of synchronous stages moves chunks as large as the mark without pausing.
{
  const chunk = Buffer.alloc(65536, 1);
  let left = 8;
  let seen = 0;
  const events = [];
  const source = new Readable({ read() { this.push(left-- > 0 ? chunk : null); } });
  const pass = new Transform({ transform(c, enc, cb) { cb(null, c); } });
  const sink = new Writable({ write(c, enc, cb) { seen += c.length; cb(); } });
  let ended = false;   // unpiping at the end pauses the stages once each
  source.on('end', () => { ended = true; });
  for (const s of [source, pass]) s.on('pause', () => { if (!ended) events.push('pause'); });
  for (const s of [pass, sink]) s.on('drain', () => events.push('drain'));
  pipeline(source, pass, sink, common.mustSucceed(() => {
    assert.strictEqual(seen, 8 * 65536);
    assert.deepStrictEqual(events, []);
  }));
}
