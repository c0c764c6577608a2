// covers: assert.deepStrictEqual, assert.deepEqual, util.isDeepStrictEqual
'use strict';
require('../common');
const assert = require('assert');
const util = require('util');

// An object whose tag is '[object Object]' (none of its own or inherited) compares by its keys
// alone, whatever its class: Node tests the tag before any class.
const fakeError = Object.create(Error.prototype);
assert.deepEqual({}, fakeError);
assert.deepEqual(fakeError, {});
assert.ok(util.isDeepStrictEqual(Object.create(Error.prototype), Object.create(Error.prototype)));

// A Map or Set on Object.prototype has that tag: its entries are not compared.
const asObject = (v) => Object.setPrototypeOf(v, Object.prototype);
assert.deepStrictEqual(asObject(new Map([[1, 2]])), asObject(new Map([[1, 3]])));
assert.deepStrictEqual(asObject(new Set([1])), asObject(new Set([2])));

// Dates and errors keep their tag from their internal slots, and so their comparison.
assert.notDeepStrictEqual(asObject(new Date(1)), asObject(new Date(2)));
assert.notDeepStrictEqual(asObject(new Error('a')), asObject(new Error('b')));

// A tag of its own makes the object compared by class, and the tags must match.
assert.notDeepStrictEqual({ [Symbol.toStringTag]: 'A' }, { [Symbol.toStringTag]: 'B' });
assert.deepStrictEqual({ [Symbol.toStringTag]: 'A', x: 1 }, { [Symbol.toStringTag]: 'A', x: 1 });
assert.notDeepStrictEqual({ [Symbol.toStringTag]: 'A' }, {});

// A proxy of a plain object compares as its target.
assert.deepStrictEqual(new Proxy({ a: 1 }, {}), { a: 1 });
