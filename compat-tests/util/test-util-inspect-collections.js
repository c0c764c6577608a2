// covers: util.inspect
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

const i = util.inspect;
assert.strictEqual(i(new Map([[1, 'a'], ['b', { c: 2 }]])), "Map(2) { 1 => 'a', 'b' => { c: 2 } }");
assert.strictEqual(i(new Set([1, 'two'])), "Set(2) { 1, 'two' }");
assert.strictEqual(i(new Map()), 'Map(0) {}');
assert.strictEqual(i(new Set()), 'Set(0) {}');
assert.strictEqual(i(new Map([[1, 2]]).entries()), '[Map Entries] { [ 1, 2 ] }');
assert.strictEqual(i(new Map([[1, 2]]).keys()), '[Map Iterator] { 1 }');
assert.strictEqual(i(new Set([5]).values()), '[Set Iterator] { 5 }');
assert.strictEqual(i([1, 2, 3].values()), 'Object [Array Iterator] {}');
assert.strictEqual(i(new WeakMap()), 'WeakMap { <items unknown> }');
assert.strictEqual(i(new WeakSet()), 'WeakSet { <items unknown> }');
// maxArrayLength applies to arrays, sets and maps.
assert.strictEqual(i([1, 2, 3, 4], { maxArrayLength: 2 }), '[ 1, 2, ... 2 more items ]');
assert.strictEqual(i(new Set([1, 2, 3]), { maxArrayLength: 1 }), 'Set(3) { 1, ... 2 more items }');
assert.strictEqual(i(new Array(200).fill(0)).includes('... 100 more items'), true);
// sorted option.
assert.strictEqual(i({ b: 1, a: 2 }, { sorted: true }), '{ a: 2, b: 1 }');
assert.strictEqual(i(new Set([3, 1, 2]), { sorted: true }), 'Set(3) { 1, 2, 3 }');
assert.ok(common);
