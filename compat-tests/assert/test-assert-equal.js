// covers: assert.equal, assert.notEqual
'use strict';
const common = require('../common');
const assert = require('assert');

// Loose equality (==).
assert.equal(1, '1');
assert.equal(null, undefined);
assert.equal(0, false);
assert.equal(NaN, NaN);  // NaN is treated as equal to NaN
assert.notEqual(1, 2);
assert.notEqual({}, {});
assert.notEqual(null, 0);

assert.throws(() => assert.equal(1, 2), (err) => {
  assert.strictEqual(err.name, 'AssertionError');
  assert.strictEqual(err.code, 'ERR_ASSERTION');
  assert.strictEqual(err.message, '1 == 2');
  assert.strictEqual(err.actual, 1);
  assert.strictEqual(err.expected, 2);
  assert.strictEqual(err.operator, '==');
  return true;
});
assert.throws(() => assert.notEqual(1, '1'), common.expectsError({
  code: 'ERR_ASSERTION',
  message: '1 != \'1\'',
  operator: '!=',
}));
assert.throws(() => assert.equal('a', 'b', 'msg here'), common.expectsError({
  message: 'msg here',
  generatedMessage: false,
}));
