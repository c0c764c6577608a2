// covers: events.EventEmitter.prototype.setMaxListeners, events.EventEmitter.prototype.on, process.on, process.emitWarning
'use strict';
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

process.on('warning', common.mustCall((w) => {
  assert.strictEqual(w.name, 'MaxListenersExceededWarning');
  assert.strictEqual(w.emitter, ee);
  assert.strictEqual(w.type, 'leaky');
  assert.strictEqual(w.count, 3);
  assert.match(w.message, /Possible EventEmitter memory leak detected\. 3 leaky listeners added to \[EventEmitter\]\./);
  assert.match(w.message, /MaxListeners is 2\./);
}));
const ee = new EventEmitter();
ee.setMaxListeners(2);
ee.on('leaky', () => {});
ee.on('leaky', () => {});
// The third one triggers the warning (only once per event name).
ee.on('leaky', () => {});
ee.on('leaky', () => {});
assert.strictEqual(ee.listenerCount('leaky'), 4);
// 0 means unlimited: no warning.
const e2 = new EventEmitter();
e2.setMaxListeners(0);
for (let i = 0; i < 20; i++) e2.on('x', () => {});
