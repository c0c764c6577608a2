// covers: stream.Readable.from
'use strict';
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

async function collect(r) {
  const out = [];
  for await (const c of r) out.push(c);
  return out;
}

(async () => {
  // Arrays: objectMode by default, each element one chunk.
  const r = Readable.from([1, 'two', { three: 3 }]);
  assert.strictEqual(r.readableObjectMode, true);
  assert.deepStrictEqual(await collect(r), [1, 'two', { three: 3 }]);

  // A string is emitted whole, not iterated by character.
  assert.deepStrictEqual(await collect(Readable.from('abc')), ['abc']);
  // A Buffer too.
  const bufs = await collect(Readable.from(Buffer.from('xyz')));
  assert.strictEqual(bufs.length, 1);
  assert.strictEqual(bufs[0].toString(), 'xyz');

  // Sync and async generators.
  function* g() { yield 'a'; yield 'b'; }
  assert.deepStrictEqual(await collect(Readable.from(g())), ['a', 'b']);
  async function* ag() { yield 1; await null; yield 2; }
  assert.deepStrictEqual(await collect(Readable.from(ag())), [1, 2]);

  // Promises yielded by sync iterables are awaited.
  assert.deepStrictEqual(await collect(Readable.from([Promise.resolve('p')])), ['p']);

  // objectMode can be turned off.
  const bytes = Readable.from(['a', 'b'], { objectMode: false });
  assert.strictEqual(bytes.readableObjectMode, false);
  assert.strictEqual(Buffer.concat(await collect(bytes)).toString(), 'ab');

  // Errors thrown by the iterator destroy the stream.
  async function* bad() { yield 1; throw new Error('gen failed'); }
  await assert.rejects(collect(Readable.from(bad())), { message: 'gen failed' });

  // null in an iterable is not allowed.
  await assert.rejects(collect(Readable.from([null])), { code: 'ERR_STREAM_NULL_VALUES' });
})().then(common.mustCall());

assert.throws(() => Readable.from(42), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "iterable" argument must be an instance of Iterable. Received type number (42)',
});
