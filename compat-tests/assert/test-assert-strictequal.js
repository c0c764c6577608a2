// covers: assert.strictEqual, assert.notStrictEqual
'use strict';
const common = require('../common');
const assert = require('assert');

assert.strictEqual(1, 1);
assert.strictEqual(NaN, NaN);  // uses Object.is
assert.notStrictEqual(0, -0);
assert.notStrictEqual(1, '1');
const o = {};
assert.strictEqual(o, o);

assert.throws(() => assert.strictEqual(1, 2), common.expectsError({
  code: 'ERR_ASSERTION',
  name: 'AssertionError',
  message: 'Expected values to be strictly equal:\n\n1 !== 2\n',
  operator: 'strictEqual',
  actual: 1,
  expected: 2,
}));
assert.throws(() => assert.strictEqual(0, -0), common.expectsError({
  code: 'ERR_ASSERTION',
  operator: 'strictEqual',
}));
assert.throws(() => assert.notStrictEqual(5, 5), common.expectsError({
  code: 'ERR_ASSERTION',
  message: 'Expected "actual" to be strictly unequal to: 5',
  operator: 'notStrictEqual',
}));
// Same type but different objects mention reference equality.
assert.throws(() => assert.strictEqual({ a: 1 }, { a: 1 }), (err) => {
  assert.match(err.message, /^Values have same structure but are not reference-equal:/);
  return true;
});
// String diffs.
assert.throws(() => assert.strictEqual('abc', 'abd'), (err) => {
  assert.match(err.message, /^Expected values to be strictly equal:/);
  assert.match(err.message, /'abc'/);
  assert.match(err.message, /'abd'/);
  return true;
});
// A custom message replaces the generated header.
assert.throws(() => assert.strictEqual(1, 2, 'nope'), common.expectsError({
  message: /^nope/,
  generatedMessage: false,
}));
