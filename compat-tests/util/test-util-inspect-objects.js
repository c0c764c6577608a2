// covers: util.inspect
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

const i = util.inspect;
assert.strictEqual(i({}), '{}');
assert.strictEqual(i([]), '[]');
assert.strictEqual(i({ a: 1, 'b-c': 2, [Symbol('s')]: 3 }), "{ a: 1, 'b-c': 2, Symbol(s): 3 }");
assert.strictEqual(i([1, , 3]), '[ 1, <1 empty item>, 3 ]');
assert.strictEqual(i(new Array(5)), '[ <5 empty items> ]');
const arr = [1, 2];
arr.extra = 'x';
assert.strictEqual(i(arr), "[ 1, 2, extra: 'x' ]");
// Default depth is 2.
assert.strictEqual(i({ a: { b: { c: { d: 1 } } } }), '{ a: { b: { c: [Object] } } }');
assert.strictEqual(i({ a: { b: { c: { d: 1 } } } }, { depth: 0 }), '{ a: [Object] }');
assert.strictEqual(i({ a: { b: { c: { d: 1 } } } }, { depth: Infinity }), '{\n  a: { b: { c: { d: 1 } } }\n}');
assert.strictEqual(i([[[[1]]]]), '[ [ [ [Array] ] ] ]');
// Null prototype objects are marked.
assert.strictEqual(i(Object.create(null)), '[Object: null prototype] {}');
// Class instances show their constructor name.
class Foo { constructor() { this.x = 1; } }
assert.strictEqual(i(new Foo()), 'Foo { x: 1 }');
assert.strictEqual(i(Object.assign(Object.create({}), { y: 2 })), '{ y: 2 }');
// Accessors.
assert.strictEqual(i({ get a() { return 1; } }), '{ a: [Getter] }');
assert.strictEqual(i({ get a() { return 1; }, set a(v) {} }), '{ a: [Getter/Setter] }');
assert.strictEqual(i({ set a(v) {} }), '{ a: [Setter] }');
assert.strictEqual(i({ get a() { return 42; } }, { getters: true }), '{ a: [Getter: 42] }');
assert.ok(common);
