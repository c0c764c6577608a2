// covers: events.EventEmitter.prototype.removeListener, events.EventEmitter.prototype.off, events.EventEmitter.prototype.listeners
'use strict';
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const a = () => {};
const b = () => {};
const ee = new EventEmitter();
ee.on('x', a).on('x', b).on('x', a);
// Removes the most recently added instance only.
ee.removeListener('x', a);
assert.deepStrictEqual(ee.listeners('x'), [a, b]);
assert.strictEqual(EventEmitter.prototype.off, EventEmitter.prototype.removeListener);
assert.strictEqual(ee.off('x', a), ee);
assert.deepStrictEqual(ee.listeners('x'), [b]);
// Removing an unknown listener or from an unknown event is a no-op.
ee.removeListener('x', () => {});
ee.removeListener('none', b);
assert.deepStrictEqual(ee.listeners('x'), [b]);
ee.off('x', b);
assert.deepStrictEqual(ee.eventNames(), []);

// 'removeListener' fires after the removal, with the name and the function.
ee.on('y', a);
ee.on('removeListener', common.mustCall((name, fn) => {
  assert.strictEqual(name, 'y');
  assert.strictEqual(fn, a);
  assert.strictEqual(ee.listenerCount('y'), 0);
}));
ee.removeListener('y', a);
assert.throws(() => ee.removeListener('y', 1), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
