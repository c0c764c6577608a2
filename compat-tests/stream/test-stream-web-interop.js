// covers: stream.Readable.toWeb, stream.Readable.fromWeb, stream.Writable.toWeb, stream.Writable.fromWeb
'use strict';
const common = require('../common');
const assert = require('assert');
const { Readable, Writable } = require('stream');
const { ReadableStream, WritableStream } = require('stream/web');

(async () => {
  // Node Readable -> web ReadableStream.
  const web = Readable.toWeb(Readable.from(['a', 'b']));
  assert.ok(web instanceof ReadableStream);
  const got = [];
  for await (const c of web) got.push(c);
  assert.deepStrictEqual(got, ['a', 'b']);

  // web ReadableStream -> Node Readable.
  const rs = new ReadableStream({ start(c) { c.enqueue(new Uint8Array([104, 105])); c.close(); } });
  const node = Readable.fromWeb(rs);
  assert.ok(node instanceof Readable);
  const chunks = [];
  for await (const c of node) chunks.push(c);
  assert.strictEqual(Buffer.concat(chunks).toString(), 'hi');

  // objectMode passthrough of arbitrary values.
  const objs = Readable.fromWeb(new ReadableStream({ start(c) { c.enqueue({ k: 1 }); c.close(); } }),
                                { objectMode: true });
  assert.deepStrictEqual(await objs.toArray(), [{ k: 1 }]);

  // Node Writable -> web WritableStream.
  const sink = [];
  const ws = Writable.toWeb(new Writable({ write(c, e, cb) { sink.push(String(c)); cb(); } }));
  assert.ok(ws instanceof WritableStream);
  const writer = ws.getWriter();
  await writer.write(new Uint8Array([120]));
  await writer.close();
  assert.deepStrictEqual(sink, ['x']);

  // web WritableStream -> Node Writable.
  const webSink = [];
  const nw = Writable.fromWeb(new WritableStream({ write(c) { webSink.push(c); } }),
                              { decodeStrings: false });
  await new Promise((resolve) => nw.end('y', resolve));
  assert.deepStrictEqual(webSink, ['y']);
})().then(common.mustCall());

assert.throws(() => Readable.fromWeb({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
});
