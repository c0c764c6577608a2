// covers: assert.deepStrictEqual, assert.deepEqual, assert.notDeepEqual, assert.notDeepStrictEqual
'use strict';
require('../common');
const assert = require('assert');

// Primitives.
assert.deepStrictEqual(1, 1);
assert.deepStrictEqual('s', 's');
assert.deepStrictEqual(1n, 1n);
assert.deepStrictEqual(undefined, undefined);
assert.notDeepStrictEqual(null, undefined);
assert.deepEqual(null, undefined);
assert.notDeepStrictEqual(1, 1n);
assert.deepEqual(1, '1');
const sym = Symbol('s');
assert.deepStrictEqual(sym, sym);
assert.notDeepStrictEqual(Symbol('s'), Symbol('s'));
// Boxed vs primitive.
assert.notDeepStrictEqual(new Number(1), 1);
assert.notDeepStrictEqual(new Boolean(true), new Boolean(false));
assert.deepStrictEqual(Object(1n), Object(1n));
assert.deepStrictEqual(Object(sym), Object(sym));
// Functions compare by identity.
const fn = () => {};
assert.deepStrictEqual(fn, fn);
assert.notDeepStrictEqual(() => {}, () => {});
// Object vs primitive.
assert.notDeepStrictEqual({}, 'x');
assert.notDeepEqual({}, 'x');
// Dates: invalid dates are equal to each other.
assert.deepStrictEqual(new Date(NaN), new Date(NaN));
