// covers: stream/web.ReadableStream, stream/web.ReadableStreamDefaultReader, globalThis.ReadableStream
'use strict';
const common = require('../common');
const assert = require('assert');
const { ReadableStream, ReadableStreamDefaultReader } = require('stream/web');

assert.strictEqual(globalThis.ReadableStream, ReadableStream);

(async () => {
  const rs = new ReadableStream({
    start(controller) {
      controller.enqueue('a');
      controller.enqueue('b');
      controller.close();
    },
  });
  assert.strictEqual(rs.locked, false);
  const reader = rs.getReader();
  assert.ok(reader instanceof ReadableStreamDefaultReader);
  assert.strictEqual(rs.locked, true);
  assert.deepStrictEqual(await reader.read(), { value: 'a', done: false });
  assert.deepStrictEqual(await reader.read(), { value: 'b', done: false });
  assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });
  // A second reader cannot be acquired while locked.
  assert.throws(() => rs.getReader(), { name: 'TypeError', code: 'ERR_INVALID_STATE' });
  reader.releaseLock();
  assert.strictEqual(rs.locked, false);

  // pull-based source with async iteration.
  let i = 0;
  const counted = new ReadableStream({
    pull(controller) {
      i++;
      if (i > 3) controller.close();
      else controller.enqueue(i);
    },
  });
  const vals = [];
  for await (const v of counted) vals.push(v);
  assert.deepStrictEqual(vals, [1, 2, 3]);

  // Errors reject reads.
  const failing = new ReadableStream({ start(c) { c.error(new Error('src err')); } });
  await assert.rejects(failing.getReader().read(), { message: 'src err' });

  // cancel() calls the source's cancel with the reason.
  const cancelled = new ReadableStream({ cancel: common.mustCall((r) => assert.strictEqual(r, 'why')) });
  await cancelled.cancel('why');

  // tee() gives two independent branches.
  const [b1, b2] = new ReadableStream({ start(c) { c.enqueue(1); c.close(); } }).tee();
  assert.deepStrictEqual(await b1.getReader().read(), { value: 1, done: false });
  assert.deepStrictEqual(await b2.getReader().read(), { value: 1, done: false });

  if (typeof ReadableStream.from === 'function') {
    const fromArr = [];
    for await (const v of ReadableStream.from(['p', 'q'])) fromArr.push(v);
    assert.deepStrictEqual(fromArr, ['p', 'q']);
  }
})().then(common.mustCall());
