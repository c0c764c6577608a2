// covers: events.EventEmitter.prototype.setMaxListeners, events.EventEmitter.prototype.getMaxListeners, events.EventEmitter.defaultMaxListeners
'use strict';
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const ee = new EventEmitter();
assert.strictEqual(ee.getMaxListeners(), EventEmitter.defaultMaxListeners);
assert.strictEqual(EventEmitter.defaultMaxListeners, 10);
assert.strictEqual(ee.setMaxListeners(3), ee);
assert.strictEqual(ee.getMaxListeners(), 3);
ee.setMaxListeners(0);
assert.strictEqual(ee.getMaxListeners(), 0);
ee.setMaxListeners(Infinity);
assert.strictEqual(ee.getMaxListeners(), Infinity);
for (const [bad, shown] of [[-1, '-1'], [NaN, 'NaN']]) {
  assert.throws(() => ee.setMaxListeners(bad), common.expectsError({
    code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
    message: `The value of "setMaxListeners" is out of range. It must be >= 0. Received ${shown}`,
  }));
}
assert.throws(() => ee.setMaxListeners('x'), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  message: 'The "setMaxListeners" argument must be of type number. Received type string (\'x\')',
}));
// An instance without its own value follows the default dynamically.
const other = new EventEmitter();
EventEmitter.defaultMaxListeners = 42;
try {
  assert.strictEqual(other.getMaxListeners(), 42);
} finally {
  EventEmitter.defaultMaxListeners = 10;
}
assert.throws(() => { EventEmitter.defaultMaxListeners = -2; }, common.expectsError({
  code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
  message: 'The value of "defaultMaxListeners" is out of range. It must be >= 0. Received -2',
}));
assert.strictEqual(EventEmitter.defaultMaxListeners, 10);
