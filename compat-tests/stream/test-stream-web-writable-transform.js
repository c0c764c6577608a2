// covers: stream/web.WritableStream, stream/web.TransformStream, stream/web.ReadableStream.prototype.pipeTo, stream/web.ReadableStream.prototype.pipeThrough, globalThis.WritableStream, globalThis.TransformStream
'use strict';
const common = require('../common');
const assert = require('assert');
const { ReadableStream, WritableStream, TransformStream } = require('stream/web');

assert.strictEqual(globalThis.WritableStream, WritableStream);
assert.strictEqual(globalThis.TransformStream, TransformStream);

(async () => {
  const sink = [];
  const ws = new WritableStream({
    write(chunk) { sink.push(chunk); },
    close: common.mustCall(),
  });
  const writer = ws.getWriter();
  await writer.write('one');
  await writer.write('two');
  await writer.close();
  assert.deepStrictEqual(sink, ['one', 'two']);

  // TransformStream + pipeThrough + pipeTo.
  const upper = new TransformStream({
    transform(chunk, controller) { controller.enqueue(chunk.toUpperCase()); },
    flush(controller) { controller.enqueue('!'); },
  });
  const out = [];
  await new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue('b'); c.close(); } })
    .pipeThrough(upper)
    .pipeTo(new WritableStream({ write(c) { out.push(c); } }));
  assert.deepStrictEqual(out, ['A', 'B', '!']);

  // An identity TransformStream.
  const id = new TransformStream();
  const w = id.writable.getWriter();
  w.write('x');
  w.close();
  const r = id.readable.getReader();
  assert.deepStrictEqual(await r.read(), { value: 'x', done: false });

  // A sink error rejects pipeTo.
  const bad = new WritableStream({ write() { throw new Error('sink err'); } });
  await assert.rejects(
    new ReadableStream({ start(c) { c.enqueue(1); c.close(); } }).pipeTo(bad),
    { message: 'sink err' });
})().then(common.mustCall());
