// covers: events.EventEmitter.prototype.removeAllListeners, events.EventEmitter.prototype.eventNames
'use strict';
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const ee = new EventEmitter();
ee.on('a', () => {}).on('a', () => {}).on('b', () => {});
assert.strictEqual(ee.removeAllListeners('a'), ee);
assert.deepStrictEqual(ee.eventNames(), ['b']);
ee.removeAllListeners();
assert.deepStrictEqual(ee.eventNames(), []);
// Removing for an unknown name is fine.
ee.removeAllListeners('ghost');

// removeListener events are emitted for each removed listener, last added first,
// and 'removeListener' listeners themselves are removed last.
const e2 = new EventEmitter();
const f1 = () => {};
const f2 = () => {};
e2.on('x', f1);
e2.on('x', f2);
e2.on('y', f1);
const removed = [];
e2.on('removeListener', common.mustCall((name, fn) => removed.push([name, fn === f1 ? 'f1' : 'f2']), 3));
e2.removeAllListeners();
assert.deepStrictEqual(removed, [['x', 'f2'], ['x', 'f1'], ['y', 'f1']]);
assert.deepStrictEqual(e2.eventNames(), []);
