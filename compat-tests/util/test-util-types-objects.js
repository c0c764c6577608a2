// covers: util.types.isPromise, util.types.isDate, util.types.isRegExp, util.types.isMap, util.types.isSet, util.types.isWeakMap, util.types.isWeakSet, util.types.isNativeError, util.types.isProxy
'use strict';
const common = require('../common');
const assert = require('assert');
const { types } = require('util');

assert.strictEqual(types.isPromise(Promise.resolve()), true);
assert.strictEqual(types.isPromise({ then() {} }), false);
assert.strictEqual(types.isDate(new Date()), true);
assert.strictEqual(types.isDate(Date.now()), false);
assert.strictEqual(types.isRegExp(/x/), true);
assert.strictEqual(types.isRegExp(new RegExp('x')), true);
assert.strictEqual(types.isRegExp({ source: 'x', flags: '' }), false);
assert.strictEqual(types.isMap(new Map()), true);
assert.strictEqual(types.isMap(new WeakMap()), false);
assert.strictEqual(types.isSet(new Set()), true);
assert.strictEqual(types.isSet(new WeakSet()), false);
assert.strictEqual(types.isWeakMap(new WeakMap()), true);
assert.strictEqual(types.isWeakSet(new WeakSet()), true);
assert.strictEqual(types.isNativeError(new TypeError()), true);
assert.strictEqual(types.isNativeError(Object.create(Error.prototype)), false);
class MyErr extends Error {}
assert.strictEqual(types.isNativeError(new MyErr()), true);
assert.strictEqual(types.isProxy(new Proxy({}, {})), true);
assert.strictEqual(types.isProxy({}), false);
// Subclasses still count; lookalikes with a faked toStringTag do not.
class MyMap extends Map {}
assert.strictEqual(types.isMap(new MyMap()), true);
assert.strictEqual(types.isDate({ [Symbol.toStringTag]: 'Date' }), false);
assert.ok(common);
