// covers: events.EventEmitter.prototype.rawListeners, events.EventEmitter.prototype.listeners, events.EventEmitter.prototype.once
'use strict';
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const ee = new EventEmitter();
const plain = () => {};
const single = common.mustCall();
ee.on('e', plain);
ee.once('e', single);
// listeners() unwraps once wrappers; rawListeners() does not.
assert.deepStrictEqual(ee.listeners('e'), [plain, single]);
const raw = ee.rawListeners('e');
assert.strictEqual(raw.length, 2);
assert.strictEqual(raw[0], plain);
assert.notStrictEqual(raw[1], single);
assert.strictEqual(raw[1].listener, single);
// Calling the wrapper invokes the listener and removes it.
raw[1]();
assert.deepStrictEqual(ee.listeners('e'), [plain]);
// The returned arrays are copies.
const copy = ee.listeners('e');
copy.push(() => {});
assert.strictEqual(ee.listeners('e').length, 1);
assert.deepStrictEqual(ee.listeners('none'), []);
assert.deepStrictEqual(ee.rawListeners('none'), []);
