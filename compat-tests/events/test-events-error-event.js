// covers: events.EventEmitter.prototype.emit, events.EventEmitter.prototype.on
'use strict';
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const ee = new EventEmitter();
// An 'error' emit with no listener throws the error itself.
const err = new Error('boom');
assert.throws(() => ee.emit('error', err), (e) => e === err);
// A non-Error value is wrapped in ERR_UNHANDLED_ERROR.
assert.throws(() => ee.emit('error', 'text'), common.expectsError({
  code: 'ERR_UNHANDLED_ERROR', name: 'Error',
  message: "Unhandled error. ('text')",
  context: 'text',
}));
assert.throws(() => ee.emit('error'), common.expectsError({
  code: 'ERR_UNHANDLED_ERROR', name: 'Error',
  message: 'Unhandled error. (undefined)',
}));
assert.throws(() => ee.emit('error', { a: 1 }), common.expectsError({
  code: 'ERR_UNHANDLED_ERROR', message: 'Unhandled error. ({ a: 1 })',
}));
// With a listener, emit returns true and nothing is thrown.
ee.on('error', common.mustCall((e) => assert.strictEqual(e, err)));
assert.strictEqual(ee.emit('error', err), true);
