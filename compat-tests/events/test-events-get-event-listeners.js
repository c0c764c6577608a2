// covers: events.getEventListeners, globalThis.EventTarget.prototype.addEventListener
'use strict';
const common = require('../common');
const assert = require('assert');
const { getEventListeners, EventEmitter } = require('events');

const ee = new EventEmitter();
const f = () => {};
const g = () => {};
ee.on('foo', f);
ee.once('foo', g);
assert.deepStrictEqual(getEventListeners(ee, 'foo'), [f, g]);
assert.deepStrictEqual(getEventListeners(ee, 'bar'), []);

const et = new EventTarget();
et.addEventListener('foo', f);
et.addEventListener('foo', g);
// Duplicate registration on an EventTarget is ignored.
et.addEventListener('foo', f);
assert.deepStrictEqual(getEventListeners(et, 'foo'), [f, g]);
assert.deepStrictEqual(getEventListeners(et, 'bar'), []);

assert.throws(() => getEventListeners({}, 'foo'), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
}));
