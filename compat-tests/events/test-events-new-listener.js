// covers: events.EventEmitter.prototype.on, events.EventEmitter.prototype.once, events.EventEmitter.prototype.emit
'use strict';
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const ee = new EventEmitter();
const f = () => {};
const events = [];
// newListener fires *before* the listener is added.
ee.on('newListener', function(name, listener) {
  assert.strictEqual(this, ee);
  events.push([name, listener === f, ee.listenerCount(name)]);
});
ee.on('hello', f);
ee.once('hello', f);
assert.deepStrictEqual(events, [['hello', true, 0], ['hello', true, 1]]);

// Adding a listener for the same event inside newListener puts it first.
const e2 = new EventEmitter();
const order = [];
e2.once('newListener', (name) => {
  if (name === 'x') e2.on('x', () => order.push('added-in-hook'));
});
e2.on('x', () => order.push('original'));
e2.emit('x');
assert.deepStrictEqual(order, ['added-in-hook', 'original']);

// A 'newListener' listener is not told about its own registration, but is
// told about later 'newListener' registrations.
const e3 = new EventEmitter();
e3.on('newListener', common.mustCall((name) => assert.strictEqual(name, 'newListener'), 1));
e3.on('newListener', () => {});
