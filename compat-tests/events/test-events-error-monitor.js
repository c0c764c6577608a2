// covers: events.errorMonitor, events.EventEmitter.errorMonitor, events.EventEmitter.prototype.emit
'use strict';
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

assert.strictEqual(typeof EventEmitter.errorMonitor, 'symbol');
assert.strictEqual(EventEmitter.errorMonitor, require('events').errorMonitor);
assert.strictEqual(EventEmitter.errorMonitor.toString(), 'Symbol(events.errorMonitor)');

const ee = new EventEmitter();
const err = new Error('monitored');
const order = [];
// The monitor sees the error before the regular handlers and does not count as handling it.
ee.on(EventEmitter.errorMonitor, common.mustCall((e) => { order.push('monitor'); assert.strictEqual(e, err); }, 2));
assert.throws(() => ee.emit('error', err), (e) => e === err);
ee.on('error', common.mustCall(() => order.push('handler')));
ee.emit('error', err);
assert.deepStrictEqual(order, ['monitor', 'monitor', 'handler']);
