// covers: timers/promises.setInterval, timers.promises.setInterval
'use strict';
const common = require('../common');
const assert = require('assert');
const { setInterval } = require('timers/promises');

(async () => {
  const seen = [];
  for await (const v of setInterval(2, 'tick')) {
    seen.push(v);
    if (seen.length === 3) break;
  }
  assert.deepStrictEqual(seen, ['tick', 'tick', 'tick']);

  // Aborting ends the iteration with an AbortError.
  const ac = new AbortController();
  const it = setInterval(2, 1, { signal: ac.signal });
  assert.deepStrictEqual(await it.next(), { value: 1, done: false });
  ac.abort();
  await assert.rejects(it.next(), common.expectsError({ name: 'AbortError', code: 'ABORT_ERR' }));
})().then(common.mustCall());
