// covers: events.EventEmitter.prototype.eventNames
'use strict';
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const ee = new EventEmitter();
const sym = Symbol('s');
assert.deepStrictEqual(ee.eventNames(), []);
ee.on('foo', () => {});
ee.on(sym, () => {});
ee.on('bar', () => {});
ee.on('foo', () => {});
assert.deepStrictEqual(ee.eventNames(), ['foo', 'bar', sym]);
ee.removeAllListeners('foo');
assert.deepStrictEqual(ee.eventNames(), ['bar', sym]);
// Symbols are valid event names for emit.
ee.on(sym, common.mustCall((v) => assert.strictEqual(v, 1)));
ee.emit(sym, 1);
// Numeric event names are coerced like property keys.
ee.on(1, common.mustCall());
ee.emit('1');
