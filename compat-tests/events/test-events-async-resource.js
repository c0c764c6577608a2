// covers: events.EventEmitterAsyncResource, events.EventEmitterAsyncResource.prototype.asyncId, events.EventEmitterAsyncResource.prototype.triggerAsyncId, events.EventEmitterAsyncResource.prototype.asyncResource, events.EventEmitterAsyncResource.prototype.emitDestroy
'use strict';
const common = require('../common');
const assert = require('assert');
const { EventEmitterAsyncResource, EventEmitter } = require('events');

const ee = new EventEmitterAsyncResource({ name: 'MyResource' });
assert.ok(ee instanceof EventEmitter);
assert.strictEqual(typeof ee.asyncId, 'number');
assert.strictEqual(typeof ee.triggerAsyncId, 'number');
assert.strictEqual(typeof ee.asyncResource, 'object');
ee.on('x', common.mustCall(function(v) {
  assert.strictEqual(this, ee);
  assert.strictEqual(v, 7);
}));
assert.strictEqual(ee.emit('x', 7), true);
ee.emitDestroy();
// In a subclass the name defaults to the subclass name; a non-string name is rejected.
class Sub extends EventEmitterAsyncResource {}
assert.ok(new Sub() instanceof EventEmitterAsyncResource);
assert.throws(() => new EventEmitterAsyncResource({ name: 5 }), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  message: 'The "options.name" property must be of type string. Received type number (5)',
}));
