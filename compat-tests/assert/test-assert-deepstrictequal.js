// covers: assert.deepStrictEqual, assert.notDeepStrictEqual
'use strict';
const common = require('../common');
const assert = require('assert');

assert.deepStrictEqual({ a: [1, 2], b: { c: 'x' } }, { b: { c: 'x' }, a: [1, 2] });
assert.notDeepStrictEqual({ a: 1 }, { a: '1' });
// Prototypes matter.
assert.notDeepStrictEqual(Object.create(null), {});
class Foo {}
assert.notDeepStrictEqual(new Foo(), {});
// Object.is semantics for primitives.
assert.deepStrictEqual(NaN, NaN);
assert.notDeepStrictEqual(0, -0);
assert.notDeepStrictEqual([0], [-0]);
// Boxed primitives compare their values.
assert.deepStrictEqual(new Number(1), new Number(1));
assert.notDeepStrictEqual(new String('a'), new String('b'));
// Sparse arrays vs undefined entries.
assert.notDeepStrictEqual([1, , 3], [1, undefined, 3]);  // eslint-disable-line no-sparse-arrays
// Symbol keys are compared.
const s = Symbol('k');
assert.notDeepStrictEqual({ [s]: 1 }, { [s]: 2 });
assert.deepStrictEqual({ [s]: 1 }, { [s]: 1 });
// Non-enumerable properties are ignored.
const withHidden = {};
Object.defineProperty(withHidden, 'h', { value: 1, enumerable: false });
assert.deepStrictEqual(withHidden, {});
// Errors compare name and message.
assert.deepStrictEqual(new Error('x'), new Error('x'));
assert.notDeepStrictEqual(new Error('x'), new TypeError('x'));
assert.notDeepStrictEqual(new Error('x'), new Error('y'));
// Typed arrays and buffers.
assert.deepStrictEqual(Buffer.from('ab'), Buffer.from('ab'));
assert.notDeepStrictEqual(Buffer.from('ab'), new Uint8Array([0x61, 0x62]));
assert.notDeepStrictEqual(new Float64Array([0]), new Float64Array([-0]));
// Dates and regexps with extra own props.
const d1 = new Date(5);
const d2 = new Date(5);
d2.extra = true;
assert.notDeepStrictEqual(d1, d2);
assert.deepStrictEqual(/x/gi, /x/gi);
assert.notDeepStrictEqual(/x/g, /x/y);
// Circular references.
const c1 = { name: 'c' };
c1.self = c1;
const c2 = { name: 'c' };
c2.self = c2;
assert.deepStrictEqual(c1, c2);

assert.throws(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }), (err) => {
  assert.strictEqual(err.code, 'ERR_ASSERTION');
  assert.strictEqual(err.operator, 'deepStrictEqual');
  assert.match(err.message, /^Expected values to be strictly deep-equal:/);
  assert.match(err.message, /\+ actual - expected/);
  return true;
});
assert.throws(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }), common.expectsError({
  code: 'ERR_ASSERTION',
  operator: 'notDeepStrictEqual',
  message: /^Expected "actual" not to be strictly deep-equal to:/,
}));
