// covers: assert.deepStrictEqual, assert.notDeepStrictEqual, assert.deepEqual
'use strict';
require('../common');
const assert = require('assert');

// Map: key order irrelevant, values compared deeply, object keys compared deeply.
assert.deepStrictEqual(new Map([['a', 1], ['b', 2]]), new Map([['b', 2], ['a', 1]]));
assert.notDeepStrictEqual(new Map([['a', 1]]), new Map([['a', '1']]));
assert.deepStrictEqual(new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']]));
assert.notDeepStrictEqual(new Map([[1, 'x']]), new Map([['1', 'x']]));
assert.deepEqual(new Map([[1, 'x']]), new Map([[1, 'x']]));
// Set: unordered, deep for objects.
assert.deepStrictEqual(new Set([1, 'a', { z: 1 }]), new Set([{ z: 1 }, 'a', 1]));
assert.notDeepStrictEqual(new Set([{ z: 1 }]), new Set([{ z: 2 }]));
assert.notDeepStrictEqual(new Set([1, 2]), new Set([1, 2, 3]));
// Map vs plain object.
assert.notDeepStrictEqual(new Map(), {});
// Extra own properties on collections matter.
const m = new Map();
m.tag = 1;
assert.notDeepStrictEqual(m, new Map());
// WeakMap/WeakSet are only equal by identity of contents? They compare as empty-looking objects.
assert.notDeepStrictEqual(new Set([NaN]), new Set([0]));
assert.deepStrictEqual(new Set([NaN]), new Set([NaN]));
// Arrays with extra props.
const arr = [1];
arr.p = 2;
assert.notDeepStrictEqual(arr, [1]);
// ArrayBuffers compare bytes.
assert.deepStrictEqual(new Uint8Array([1, 2]).buffer, new Uint8Array([1, 2]).buffer);
assert.notDeepStrictEqual(new Uint8Array([1, 2]).buffer, new Uint8Array([1, 3]).buffer);
// Objects with getters: the value is compared.
assert.deepStrictEqual({ get g() { return 1; } }, { g: 1 });
