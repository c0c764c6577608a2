// covers: util.types.isDate, util.types.isMap, util.types.isSet, util.types.isMapIterator, util.types.isSetIterator, util.types.isGeneratorObject, util.types.isArgumentsObject, util.types.isPromise, util.types.isBoxedPrimitive, util.types.isNumberObject, util.types.isStringObject, util.types.isAnyArrayBuffer, util.types.isProxy, util.isDeepStrictEqual
'use strict';
// Brand checks follow the object's internal slots, not its prototype or Symbol.toStringTag,
// and never throw: a swapped prototype keeps the brand, a borrowed prototype gives none, a
// proxy has none of its target's brands (even when revoked).
require('../common');
const assert = require('assert');
const util = require('util');
const { types } = util;

const swappedDate = Object.setPrototypeOf(new Date(0), Object.prototype);
assert.strictEqual(types.isDate(swappedDate), true);
assert.strictEqual(types.isDate(Object.create(Date.prototype)), false);
assert.strictEqual(types.isSet(Object.setPrototypeOf(new Set(), null)), true);
assert.strictEqual(types.isMap(Object.setPrototypeOf(new Map(), Set.prototype)), true);
assert.strictEqual(types.isSet(Object.setPrototypeOf(new Map(), Set.prototype)), false);

const iterProto = Object.getPrototypeOf(new Map().entries());
assert.strictEqual(types.isMapIterator(Object.create(iterProto)), false);
assert.strictEqual(types.isMapIterator(Object.setPrototypeOf(new Map().keys(), null)), true);
assert.strictEqual(types.isSetIterator(Object.setPrototypeOf(new Set().values(), null)), true);
function* gen() {}
assert.strictEqual(types.isGeneratorObject(Object.create(gen.prototype)), false);
assert.strictEqual(types.isGeneratorObject(Object.setPrototypeOf(gen(), null)), true);
assert.strictEqual(types.isArgumentsObject({ callee() {}, [Symbol.toStringTag]: 'Arguments' }), false);
assert.strictEqual(types.isArgumentsObject(Object.setPrototypeOf((function () { return arguments; })(), null)), true);
assert.strictEqual(types.isPromise(Object.setPrototypeOf(Promise.resolve(), null)), true);
assert.strictEqual(types.isPromise(Object.create(Promise.prototype)), false);

// Number.prototype and String.prototype are themselves wrapper objects; the others are not.
assert.strictEqual(types.isNumberObject(Number.prototype), true);
assert.strictEqual(types.isStringObject(String.prototype), true);
assert.strictEqual(types.isBoxedPrimitive(Boolean.prototype), true);
assert.strictEqual(types.isBoxedPrimitive(Symbol.prototype), false);
assert.strictEqual(types.isAnyArrayBuffer(ArrayBuffer.prototype), false);
assert.strictEqual(types.isAnyArrayBuffer(new SharedArrayBuffer(1)), true);

const proxied = new Proxy(new Map([[1, 2]]), {});
assert.strictEqual(types.isMap(proxied), false);
assert.strictEqual(types.isProxy(proxied), true);
const { proxy: revoked, revoke } = Proxy.revocable(new Set(), {});
revoke();
for (const check of ['isSet', 'isMap', 'isDate', 'isMapIterator', 'isSetIterator', 'isGeneratorObject',
  'isPromise', 'isBoxedPrimitive', 'isArgumentsObject', 'isNativeError']) {
  assert.strictEqual(types[check](revoked), false, check);
}
assert.strictEqual(types.isProxy(revoked), true);

// Deep equality uses the same brands.
assert.strictEqual(util.isDeepStrictEqual(new Date(0), new Date(0)), true);
assert.strictEqual(util.isDeepStrictEqual(swappedDate, Object.setPrototypeOf(new Date(1), Object.prototype)), false);
assert.strictEqual(util.isDeepStrictEqual(swappedDate, Object.setPrototypeOf(new Date(0), Object.prototype)), true);
assert.strictEqual(util.isDeepStrictEqual({}, { __proto__: null }), false);
assert.strictEqual(util.isDeepStrictEqual(new Map([[1, 2]]), proxied), false);
assert.strictEqual(util.isDeepStrictEqual({ [Symbol.toStringTag]: 'Date' }, new Date(0)), false);
assert.strictEqual(util.isDeepStrictEqual(new Number(1), new Number(1)), true);
assert.strictEqual(util.isDeepStrictEqual(new Number(1), new Number(2)), false);
assert.strictEqual(util.isDeepStrictEqual(new Set([1]), new Set([1])), true);
