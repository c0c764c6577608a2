// covers: assert.strictEqual, assert.deepStrictEqual, assert.ok, assert.notStrictEqual
'use strict';
require('../common');
const assert = require('assert');

// Passing an Error instance as message throws that error instead of AssertionError.
class MyErr extends Error {}
const e1 = new MyErr('m1');
assert.throws(() => assert.strictEqual(1, 2, e1), (e) => e === e1);
const e2 = new RangeError('m2');
assert.throws(() => assert.deepStrictEqual({}, [], e2), (e) => e === e2);
assert.throws(() => assert.notStrictEqual(1, 1, e2), (e) => e === e2);
// No error when the assertion holds.
assert.strictEqual(1, 1, e1);

// Non-string, non-Error messages are stringified.
assert.throws(() => assert.ok(false, 42), (e) => {
  assert.strictEqual(e.code, 'ERR_ASSERTION');
  assert.strictEqual(e.message, '42');
  return true;
});
