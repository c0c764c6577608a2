// covers: events.on
'use strict';
const common = require('../common');
const assert = require('assert');
const { on, EventEmitter } = require('events');

(async () => {
  const ee = new EventEmitter();
  process.nextTick(() => {
    ee.emit('data', 1);
    ee.emit('data', 2, 'x');
    ee.emit('data', 3);
  });
  const seen = [];
  for await (const args of on(ee, 'data')) {
    seen.push(args);
    if (seen.length === 3) break;
  }
  assert.deepStrictEqual(seen, [[1], [2, 'x'], [3]]);
  // Breaking out removes the listeners.
  assert.strictEqual(ee.listenerCount('data'), 0);
  assert.strictEqual(ee.listenerCount('error'), 0);

  // An 'error' event makes the iterator throw.
  const boom = new Error('kaboom');
  process.nextTick(() => { ee.emit('data', 'a'); ee.emit('error', boom); });
  const got = [];
  await assert.rejects(async () => {
    for await (const [v] of on(ee, 'data')) got.push(v);
  }, (e) => e === boom);
  assert.deepStrictEqual(got, ['a']);
  assert.strictEqual(ee.listenerCount('data'), 0);
})().then(common.mustCall());
