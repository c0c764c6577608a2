// covers: timers/promises.setTimeout, timers.promises.setTimeout
'use strict';
const common = require('../common');
const assert = require('assert');
const { setTimeout: sleep } = require('timers/promises');

(async () => {
  // Resolves with the given value after at least the delay.
  const start = Date.now();
  const v = await sleep(20, 'value');
  assert.strictEqual(v, 'value');
  assert.ok(Date.now() - start >= 15);
  assert.strictEqual(await sleep(1), undefined);
  assert.strictEqual(await sleep(), undefined);
  // Option validation.
  await assert.rejects(sleep(1, null, { ref: 'no' }), common.expectsError({
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  }));
  await assert.rejects(sleep(1, null, 'opts'), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE' }));
  await assert.rejects(sleep(1, null, { signal: 'x' }), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE' }));
})().then(common.mustCall());
