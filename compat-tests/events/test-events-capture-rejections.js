// covers: events.EventEmitter, events.captureRejections, events.EventEmitter.captureRejections, events.EventEmitter.prototype.emit
'use strict';
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

assert.strictEqual(EventEmitter.captureRejections, false);
assert.strictEqual(require('events').captureRejections, false);
// With captureRejections, a rejected promise returned by a listener becomes an 'error' event.
const ee = new EventEmitter({ captureRejections: true });
const boom = new Error('async boom');
ee.on('work', async () => { throw boom; });
ee.on('error', common.mustCall((err) => {
  assert.strictEqual(err, boom);
}));
assert.strictEqual(ee.emit('work'), true);

assert.throws(() => new EventEmitter({ captureRejections: 'yes' }), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  message: 'The "options.captureRejections" property must be of type boolean. Received type string (\'yes\')',
}));
