// covers: events.on
'use strict';
const common = require('../common');
const assert = require('assert');
const { on, EventEmitter } = require('events');

(async () => {
  const ee = new EventEmitter();
  // The `close` option names events that end the iteration normally.
  process.nextTick(() => {
    ee.emit('item', 1);
    ee.emit('item', 2);
    ee.emit('end');
    ee.emit('item', 3);
  });
  const items = [];
  for await (const [v] of on(ee, 'item', { close: ['end'] })) items.push(v);
  assert.deepStrictEqual(items, [1, 2]);
  assert.strictEqual(ee.listenerCount('item'), 0);
  assert.strictEqual(ee.listenerCount('end'), 0);
})().then(common.mustCall());
