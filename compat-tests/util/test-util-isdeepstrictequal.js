// covers: util.isDeepStrictEqual
'use strict';
const common = require('../common');
const assert = require('assert');
const { isDeepStrictEqual: eq } = require('util');

assert.strictEqual(eq({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), true);
assert.strictEqual(eq({ a: 1 }, { a: '1' }), false);
assert.strictEqual(eq(NaN, NaN), true);
assert.strictEqual(eq(0, -0), false);
assert.strictEqual(eq([1, 2], { 0: 1, 1: 2, length: 2 }), false);
assert.strictEqual(eq(new Set([1, 2]), new Set([2, 1])), true);
assert.strictEqual(eq(new Map([[1, { x: 1 }]]), new Map([[1, { x: 1 }]])), true);
assert.strictEqual(eq(new Date(1), new Date(1)), true);
assert.strictEqual(eq(new Date(1), new Date(2)), false);
assert.strictEqual(eq(/a/g, /a/g), true);
assert.strictEqual(eq(/a/g, /a/i), false);
// Prototypes matter.
assert.strictEqual(eq(Object.create(null), {}), false);
class A {}
assert.strictEqual(eq(new A(), {}), false);
// Symbol keys are compared.
const s = Symbol('k');
assert.strictEqual(eq({ [s]: 1 }, { [s]: 1 }), true);
assert.strictEqual(eq({ [s]: 1 }, {}), false);
// Sparse vs undefined.
assert.strictEqual(eq([, 1], [undefined, 1]), false);
const c1 = {}; c1.self = c1;
const c2 = {}; c2.self = c2;
assert.strictEqual(eq(c1, c2), true);
assert.ok(common);
