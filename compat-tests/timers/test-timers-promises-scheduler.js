// covers: timers/promises.scheduler
'use strict';
const common = require('../common');
const assert = require('assert');
const { scheduler } = require('timers/promises');

(async () => {
  const start = Date.now();
  assert.strictEqual(await scheduler.wait(20), undefined);
  assert.ok(Date.now() - start >= 15);
  // yield() lets queued immediates run first.
  let ran = false;
  setImmediate(() => { ran = true; });
  await scheduler.yield();
  assert.strictEqual(ran, true);
  await assert.rejects(scheduler.wait(10000, { signal: AbortSignal.abort() }),
                       common.expectsError({ name: 'AbortError' }));
})().then(common.mustCall());
