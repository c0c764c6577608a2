// covers: events.on, globalThis.AbortController
'use strict';
const common = require('../common');
const assert = require('assert');
const { on, EventEmitter } = require('events');

(async () => {
  const ee = new EventEmitter();
  const ac = new AbortController();
  const it = on(ee, 'tick', { signal: ac.signal });
  ee.emit('tick', 'buffered');
  // Events emitted before next() are queued.
  assert.deepStrictEqual(await it.next(), { value: ['buffered'], done: false });
  process.nextTick(() => ac.abort());
  await assert.rejects(it.next(), common.expectsError({ name: 'AbortError', code: 'ABORT_ERR' }));
  assert.strictEqual(ee.listenerCount('tick'), 0);

  // An already aborted signal throws synchronously.
  assert.throws(() => on(ee, 'tick', { signal: AbortSignal.abort() }), common.expectsError({
    name: 'AbortError', code: 'ABORT_ERR',
  }));

  // return() finishes the iterator.
  const it2 = on(ee, 'x');
  assert.deepStrictEqual(await it2.return(), { value: undefined, done: true });
  assert.deepStrictEqual(await it2.next(), { value: undefined, done: true });
  assert.strictEqual(ee.listenerCount('x'), 0);
})().then(common.mustCall());
