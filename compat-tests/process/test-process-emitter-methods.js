// covers: process, process.addListener, process.removeListener, process.prependListener
// covers: process.prependOnceListener, process.listeners, process.rawListeners, process.eventNames
// covers: process.removeAllListeners, process.getMaxListeners, process.setMaxListeners
// covers: process[Symbol.toStringTag]
'use strict';
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

// The process object is an EventEmitter with its own string tag.
assert.ok(process instanceof EventEmitter);
assert.strictEqual(Object.prototype.toString.call(process), '[object process]');
assert.strictEqual(process[Symbol.toStringTag], 'process');
assert.strictEqual(require('process'), process);

// Use a custom event name so that nothing Node-internal interferes.
const ev = 'compat-custom-event';
const order = [];
const a = () => order.push('a');
const b = () => order.push('b');
const first = () => order.push('first');
const onceFirst = () => order.push('onceFirst');

assert.strictEqual(process.addListener(ev, a), process);
assert.strictEqual(process.addListener(ev, b), process);
assert.strictEqual(process.prependListener(ev, first), process);
assert.strictEqual(process.prependOnceListener(ev, onceFirst), process);
assert.ok(process.eventNames().includes(ev));
assert.strictEqual(process.listenerCount(ev), 4);

// listeners() unwraps once-wrappers; rawListeners() keeps them.
assert.deepStrictEqual(process.listeners(ev), [onceFirst, first, a, b]);
const raw = process.rawListeners(ev);
assert.strictEqual(raw.length, 4);
assert.notStrictEqual(raw[0], onceFirst);
assert.strictEqual(raw[0].listener, onceFirst);
assert.strictEqual(raw[1], first);

process.emit(ev);
assert.deepStrictEqual(order, ['onceFirst', 'first', 'a', 'b']);
assert.deepStrictEqual(process.listeners(ev), [first, a, b]);

// removeListener removes one registration and returns process.
assert.strictEqual(process.removeListener(ev, a), process);
assert.deepStrictEqual(process.listeners(ev), [first, b]);
// Removing a function that is not registered is a no-op.
process.removeListener(ev, a);
assert.deepStrictEqual(process.listeners(ev), [first, b]);
assert.throws(() => process.addListener(ev, 'nope'),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));

// removeAllListeners(name) only touches that event.
const exitListener = common.mustCall();
process.on('exit', exitListener);
assert.strictEqual(process.removeAllListeners(ev), process);
assert.strictEqual(process.listenerCount(ev), 0);
assert.ok(!process.eventNames().includes(ev));
assert.ok(process.listeners('exit').includes(exitListener));
assert.deepStrictEqual(process.listeners('never-registered'), []);

// Max listeners.
const before = process.getMaxListeners();
assert.strictEqual(typeof before, 'number');
assert.strictEqual(process.setMaxListeners(before + 5), process);
assert.strictEqual(process.getMaxListeners(), before + 5);
assert.throws(() => process.setMaxListeners(-1),
              common.expectsError({ code: 'ERR_OUT_OF_RANGE', name: 'RangeError' }));
assert.throws(() => process.setMaxListeners('3'),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
process.setMaxListeners(before);
assert.strictEqual(process.getMaxListeners(), before);
