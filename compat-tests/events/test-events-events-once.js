// covers: events.once
'use strict';
const common = require('../common');
const assert = require('assert');
const { once, EventEmitter } = require('events');

(async () => {
  const ee = new EventEmitter();
  process.nextTick(() => ee.emit('ready', 1, 'two'));
  // Resolves with all emitted arguments as an array.
  const values = await once(ee, 'ready');
  assert.deepStrictEqual(values, [1, 'two']);
  assert.strictEqual(ee.listenerCount('ready'), 0);
  assert.strictEqual(ee.listenerCount('error'), 0);

  // Rejects on 'error' and cleans up.
  const boom = new Error('boom');
  process.nextTick(() => ee.emit('error', boom));
  await assert.rejects(once(ee, 'ready'), (e) => e === boom);
  assert.strictEqual(ee.listenerCount('ready'), 0);

  // Waiting for 'error' itself resolves with the error.
  process.nextTick(() => ee.emit('error', boom));
  const [got] = await once(ee, 'error');
  assert.strictEqual(got, boom);

  // A single emission resolves only the pending promises.
  const p1 = once(ee, 'x');
  const p2 = once(ee, 'x');
  ee.emit('x', 'v');
  assert.deepStrictEqual(await Promise.all([p1, p2]), [['v'], ['v']]);
})().then(common.mustCall());
