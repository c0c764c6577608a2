// covers: timers/promises.setTimeout, timers/promises.setImmediate, globalThis.AbortController
'use strict';
const common = require('../common');
const assert = require('assert');
const tp = require('timers/promises');

(async () => {
  const abortErr = common.expectsError({ name: 'AbortError', code: 'ABORT_ERR' });
  await assert.rejects(tp.setTimeout(10, 'x', { signal: AbortSignal.abort() }), abortErr);
  await assert.rejects(tp.setImmediate('x', { signal: AbortSignal.abort() }), abortErr);
  const ac = new AbortController();
  const p = tp.setTimeout(60000, 'never', { signal: ac.signal });
  ac.abort();
  await assert.rejects(p, abortErr);
  // The abort reason is carried as `cause`.
  const ac2 = new AbortController();
  const p2 = tp.setTimeout(60000, null, { signal: ac2.signal });
  ac2.abort('why');
  await assert.rejects(p2, (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.cause, 'why');
    return true;
  });
})().then(common.mustCall());
