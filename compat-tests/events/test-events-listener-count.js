// covers: events.EventEmitter.prototype.listenerCount, events.listenerCount, events.EventEmitter.listenerCount
'use strict';
const common = require('../common');
const assert = require('assert');
const events = require('events');

const ee = new events.EventEmitter();
const f = () => {};
const g = () => {};
ee.on('a', f).on('a', g).on('a', f).once('a', f);
assert.strictEqual(ee.listenerCount('a'), 4);
assert.strictEqual(ee.listenerCount('b'), 0);
// With a listener argument, only matching listeners (including once wrappers) count.
assert.strictEqual(ee.listenerCount('a', f), 3);
assert.strictEqual(ee.listenerCount('a', g), 1);
assert.strictEqual(ee.listenerCount('a', () => {}), 0);
// The deprecated static form.
assert.strictEqual(events.listenerCount(ee, 'a'), 4);
assert.strictEqual(events.EventEmitter.listenerCount, events.listenerCount);
assert.strictEqual(events.listenerCount(ee, 'zzz'), 0);
assert.ok(common);
