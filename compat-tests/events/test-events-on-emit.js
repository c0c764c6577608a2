// covers: events.EventEmitter, events.EventEmitter.prototype.on, events.EventEmitter.prototype.addListener, events.EventEmitter.prototype.emit
'use strict';
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const ee = new EventEmitter();
const seen = [];
ee.on('data', common.mustCall(function(a, b, c) {
  // `this` is the emitter for normal functions.
  assert.strictEqual(this, ee);
  seen.push(['first', a, b, c]);
}, 2));
ee.addListener('data', common.mustCall((...args) => seen.push(['second', ...args]), 2));
assert.strictEqual(ee.emit('data', 1, 2, 3), true);
assert.strictEqual(ee.emit('data'), true);
assert.deepStrictEqual(seen, [
  ['first', 1, 2, 3], ['second', 1, 2, 3],
  ['first', undefined, undefined, undefined], ['second'],
]);
// emit returns false when nobody listens.
assert.strictEqual(ee.emit('nothing'), false);
// on/addListener return the emitter for chaining and are the same function.
assert.strictEqual(ee.on('x', () => {}), ee);
assert.strictEqual(EventEmitter.prototype.on, EventEmitter.prototype.addListener);
// Adding the same function twice registers it twice.
const twice = common.mustCall(2);
const e2 = new EventEmitter();
e2.on('t', twice);
e2.on('t', twice);
e2.emit('t');
// Many arguments are forwarded unchanged.
e2.on('many', common.mustCall((...a) => assert.deepStrictEqual(a, [1, 2, 3, 4, 5, 6, 7])));
e2.emit('many', 1, 2, 3, 4, 5, 6, 7);
