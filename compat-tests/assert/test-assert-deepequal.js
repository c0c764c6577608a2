// covers: assert.deepEqual, assert.notDeepEqual
'use strict';
const common = require('../common');
const assert = require('assert');

// Loose deep equality: primitives compared with ==.
assert.deepEqual({ a: 1 }, { a: '1' });
assert.deepEqual([1, 2], ['1', '2']);
assert.deepEqual(new Date(0), new Date(0));
assert.deepEqual(/a/g, /a/g);
assert.deepEqual({ a: NaN }, { a: NaN });
// Prototypes are ignored in loose mode.
assert.deepEqual(Object.create(null), {});
// But arrays and plain objects are still distinguished.
assert.notDeepEqual([], {});
// Key order does not matter.
assert.deepEqual({ a: 1, b: 2 }, { b: 2, a: 1 });
// Nested.
assert.deepEqual({ x: [1, { y: 2 }] }, { x: [1, { y: 2 }] });
assert.notDeepEqual({ x: [1, { y: 2 }] }, { x: [1, { y: 3 }] });
assert.notDeepEqual(new Date(0), new Date(1));
assert.notDeepEqual(/a/g, /a/i);
assert.notDeepEqual({ a: 1 }, { a: 1, b: undefined });
// Maps and Sets.
assert.deepEqual(new Map([[1, 'a']]), new Map([[1, 'a']]));
assert.deepEqual(new Set([1, 2]), new Set([2, 1]));
assert.notDeepEqual(new Set([1]), new Set([2]));

assert.throws(() => assert.deepEqual({ a: 1 }, { a: 2 }), common.expectsError({
  code: 'ERR_ASSERTION',
  name: 'AssertionError',
  operator: 'deepEqual',
}));
assert.throws(() => assert.notDeepEqual({ a: 1 }, { a: '1' }), common.expectsError({
  code: 'ERR_ASSERTION',
  operator: 'notDeepEqual',
}));
assert.throws(() => assert.deepEqual(1, 2, 'custom'), common.expectsError({ message: 'custom' }));
