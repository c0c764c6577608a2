// covers: stream.Duplex.toWeb, stream.Duplex.fromWeb
'use strict';
const common = require('../common');
const assert = require('assert');
const { Duplex, PassThrough, Readable } = require('stream');

(async () => {
  // toWeb: { readable, writable } web streams over a Node duplex.
  const pt = new PassThrough();
  const pair = Duplex.toWeb(pt);
  assert.deepStrictEqual(Object.keys(pair).sort(), ['readable', 'writable']);
  assert.ok(pair.readable instanceof ReadableStream);
  assert.ok(pair.writable instanceof WritableStream);
  const writer = pair.writable.getWriter();
  await writer.write(new TextEncoder().encode('hi '));
  await writer.write(new TextEncoder().encode('there'));
  await writer.close();
  const reader = pair.readable.getReader();
  let text = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    assert.ok(value instanceof Uint8Array);
    text += Buffer.from(value).toString();
  }
  assert.strictEqual(text, 'hi there');

  // Object-mode duplexes give objects.
  const objects = new Duplex({
    objectMode: true,
    read() { this.push({ a: 1 }); this.push(null); },
    write(c, e, cb) { cb(); },
  });
  const objReader = Duplex.toWeb(objects).readable.getReader();
  objects.end();   // Node 25 closes the web side only once both sides are done
  assert.deepStrictEqual(await objReader.read(), { value: { a: 1 }, done: false });
  assert.strictEqual((await objReader.read()).done, true);

  // Destroying the Node side errors the web side.
  const failing = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  const failingWeb = Duplex.toWeb(failing);
  failing.destroy(new Error('boom'));
  await assert.rejects(failingWeb.readable.getReader().read(), { message: 'boom' });

  assert.throws(() => Duplex.toWeb(5), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
  assert.throws(() => Duplex.toWeb(new Readable()), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE' }));

  // fromWeb: a TransformStream (or any { readable, writable } pair) as a Node Duplex.
  const upper = Duplex.fromWeb(new TransformStream({
    transform(chunk, controller) { controller.enqueue(String(chunk).toUpperCase()); },
  }), { encoding: 'utf8' });
  assert.ok(upper instanceof Duplex);
  upper.end('abc');
  let out = '';
  for await (const chunk of upper) out += chunk;
  assert.strictEqual(out, 'ABC');

  const sunk = [];
  const d = Duplex.fromWeb({
    readable: new ReadableStream({ start(c) { c.enqueue('x'); c.close(); } }),
    writable: new WritableStream({ write(chunk) { sunk.push(chunk); } }),
  }, { objectMode: true });
  d.write('y');
  d.end();
  const read = [];
  for await (const chunk of d) read.push(chunk);
  assert.deepStrictEqual(read, ['x']);
  await new Promise((resolve) => (d.writableFinished ? resolve() : d.on('finish', resolve)));
  assert.deepStrictEqual(sunk, ['y']);

  assert.throws(() => Duplex.fromWeb(5), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
  assert.throws(() => Duplex.fromWeb({}), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
  assert.throws(() => Duplex.fromWeb({ readable: new ReadableStream(), writable: 1 }),
                common.expectsError({ code: 'ERR_INVALID_ARG_TYPE' }));
})().then(common.mustCall());
