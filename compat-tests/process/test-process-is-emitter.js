// covers: process.on, process.emit, process.once, process.off, process.listenerCount
'use strict';
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

assert.ok(process instanceof EventEmitter);
// Custom events work like on any emitter.
const fn = common.mustCall((a) => assert.strictEqual(a, 1));
process.on('node4j-custom', fn);
assert.strictEqual(process.emit('node4j-custom', 1), true);
process.off('node4j-custom', fn);
assert.strictEqual(process.emit('node4j-custom', 2), false);
process.once('node4j-once', common.mustCall());
process.emit('node4j-once');
process.emit('node4j-once');
assert.strictEqual(process.listenerCount('node4j-once'), 0);
assert.strictEqual(Object.prototype.toString.call(process), '[object process]');
