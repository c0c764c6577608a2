// covers: timers.promises.setInterval.prototype.next, timers.promises.setInterval.prototype.return
// covers: timers.promises.setInterval.prototype.throw
// covers: timers.promises.setInterval.prototype[Symbol.asyncIterator]
// covers: timers.promises.setInterval.prototype[Symbol.asyncDispose]
// covers: timers.promises.setInterval.prototype[Symbol.toStringTag]
// covers: timers/promises.setInterval.prototype.next, timers/promises.setInterval.prototype.return
// covers: timers/promises.setInterval.prototype.throw
// covers: timers/promises.setInterval.prototype[Symbol.asyncIterator]
// covers: timers/promises.setInterval.prototype[Symbol.asyncDispose]
// covers: timers/promises.setInterval.prototype[Symbol.toStringTag]
'use strict';
const common = require('../common');
const assert = require('assert');
const timers = require('timers');
const { setInterval } = timers.promises;

(async () => {
  // The result is an async generator object: its own iterator, tagged 'AsyncGenerator'.
  const it = setInterval(1, 'tick');
  assert.strictEqual(it[Symbol.asyncIterator](), it);
  assert.strictEqual(Object.prototype.toString.call(it), '[object AsyncGenerator]');
  assert.strictEqual(it[Symbol.toStringTag], 'AsyncGenerator');

  // next() yields the value on every tick.
  assert.deepStrictEqual(await it.next(), { value: 'tick', done: false });
  assert.deepStrictEqual(await it.next(), { value: 'tick', done: false });
  // return() finishes it; later next() calls report done.
  assert.deepStrictEqual(await it.return('bye'), { value: 'bye', done: true });
  assert.deepStrictEqual(await it.next(), { value: undefined, done: true });

  // throw() on a suspended iterator rejects with that error and closes it.
  const it2 = setInterval(1, 2);
  assert.deepStrictEqual(await it2.next(), { value: 2, done: false });
  const err = new Error('stop');
  await assert.rejects(it2.throw(err), (e) => e === err);
  assert.deepStrictEqual(await it2.next(), { value: undefined, done: true });

  // Symbol.asyncDispose closes the iterator (like return()).
  const it3 = setInterval(1, 'x');
  await it3.next();
  assert.strictEqual(await it3[Symbol.asyncDispose](), undefined);
  assert.deepStrictEqual(await it3.next(), { value: undefined, done: true });

  // for await ... break calls return() and stops the interval.
  let n = 0;
  for await (const v of setInterval(1, 'loop')) {
    assert.strictEqual(v, 'loop');
    if (++n === 3) break;
  }
  assert.strictEqual(n, 3);

  // An aborted signal rejects the pending next() with an AbortError.
  const ac = new AbortController();
  const it4 = setInterval(1000, 'never', { signal: ac.signal });
  const pending = it4.next();
  ac.abort();
  await assert.rejects(pending, { name: 'AbortError', code: 'ABORT_ERR' });
})().then(common.mustCall());
