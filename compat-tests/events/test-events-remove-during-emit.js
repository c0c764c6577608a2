// covers: events.EventEmitter.prototype.emit, events.EventEmitter.prototype.removeListener, events.EventEmitter.prototype.on
'use strict';
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

// The listener array is snapshotted at emit time: removals and additions during
// an emit do not affect the current emit.
const ee = new EventEmitter();
const calls = [];
function l1() { calls.push(1); ee.removeListener('e', l2); ee.on('e', l3); }
function l2() { calls.push(2); }
function l3() { calls.push(3); }
ee.on('e', l1);
ee.on('e', l2);
ee.emit('e');
assert.deepStrictEqual(calls, [1, 2]);
calls.length = 0;
ee.emit('e');
// l1 adds another l3 each time.
assert.deepStrictEqual(calls, [1, 3]);

// Removing itself does not disturb the remaining listeners.
const e2 = new EventEmitter();
const order = [];
function self() { order.push('self'); e2.off('s', self); }
e2.on('s', self);
e2.on('s', common.mustCall(() => order.push('other'), 2));
e2.emit('s');
e2.emit('s');
assert.deepStrictEqual(order, ['self', 'other', 'other']);
