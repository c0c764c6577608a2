// covers: events.EventEmitter.prototype.once, events.EventEmitter.prototype.emit, events.EventEmitter.prototype.listenerCount
'use strict';
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const ee = new EventEmitter();
ee.once('hello', common.mustCall(function(a, b) {
  assert.strictEqual(this, ee);
  assert.deepStrictEqual([a, b], ['a', 'b']);
}));
assert.strictEqual(ee.listenerCount('hello'), 1);
ee.emit('hello', 'a', 'b');
assert.strictEqual(ee.listenerCount('hello'), 0);
assert.strictEqual(ee.emit('hello'), false);

// Removing a once listener by the original function works before it fires.
const never = common.mustNotCall();
ee.once('foo', never);
ee.removeListener('foo', never);
ee.emit('foo');

// Re-emitting from inside a once listener does not call it again.
let depth = 0;
ee.once('re', common.mustCall(() => { depth++; ee.emit('re'); }));
ee.emit('re');
assert.strictEqual(depth, 1);

// once returns the emitter.
assert.strictEqual(ee.once('z', () => {}), ee);
assert.throws(() => ee.once('z', 'nope'), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  message: 'The "listener" argument must be of type function. Received type string (\'nope\')',
}));
