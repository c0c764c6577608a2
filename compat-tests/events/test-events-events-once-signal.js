// covers: events.once, globalThis.AbortController, globalThis.AbortSignal
'use strict';
const common = require('../common');
const assert = require('assert');
const { once, EventEmitter } = require('events');

(async () => {
  const ee = new EventEmitter();
  // Already-aborted signal rejects immediately with AbortError.
  await assert.rejects(once(ee, 'x', { signal: AbortSignal.abort() }), common.expectsError({
    name: 'AbortError', code: 'ABORT_ERR',
  }));
  assert.strictEqual(ee.listenerCount('x'), 0);

  // Aborting while waiting rejects and removes the listener.
  const ac = new AbortController();
  const p = once(ee, 'x', { signal: ac.signal });
  assert.strictEqual(ee.listenerCount('x'), 1);
  ac.abort();
  await assert.rejects(p, common.expectsError({ name: 'AbortError', code: 'ABORT_ERR' }));
  assert.strictEqual(ee.listenerCount('x'), 0);

  // Invalid signal option.
  await assert.rejects(once(ee, 'x', { signal: {} }), common.expectsError({
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
    message: 'The "options.signal" property must be an instance of AbortSignal. Received an instance of Object',
  }));
  // Not aborted: resolves normally.
  const ac2 = new AbortController();
  const p2 = once(ee, 'y', { signal: ac2.signal });
  ee.emit('y', 5);
  assert.deepStrictEqual(await p2, [5]);
})().then(common.mustCall());
