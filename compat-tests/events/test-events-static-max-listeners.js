// covers: events.setMaxListeners, events.getMaxListeners, events.EventEmitter.prototype.getMaxListeners
'use strict';
const common = require('../common');
const assert = require('assert');
const { setMaxListeners, getMaxListeners, EventEmitter, defaultMaxListeners } = require('events');

const a = new EventEmitter();
const b = new EventEmitter();
const et = new EventTarget();
assert.strictEqual(getMaxListeners(a), defaultMaxListeners);
assert.strictEqual(getMaxListeners(et), defaultMaxListeners);
// Sets several targets at once.
setMaxListeners(5, a, b, et);
assert.strictEqual(a.getMaxListeners(), 5);
assert.strictEqual(getMaxListeners(b), 5);
assert.strictEqual(getMaxListeners(et), 5);

assert.throws(() => setMaxListeners(-1, a), common.expectsError({ code: 'ERR_OUT_OF_RANGE', name: 'RangeError' }));
assert.throws(() => setMaxListeners(1, {}), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
assert.throws(() => getMaxListeners({}), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
