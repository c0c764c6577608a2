// covers: assert.ifError
'use strict';
const common = require('../common');
const assert = require('assert');

assert.ifError(null);
assert.ifError(undefined);

const err = new Error('original');
assert.throws(() => assert.ifError(err), (e) => {
  assert.strictEqual(e.code, 'ERR_ASSERTION');
  assert.strictEqual(e.operator, 'ifError');
  assert.strictEqual(e.message, 'ifError got unwanted exception: original');
  assert.strictEqual(e.actual, err);
  return true;
});
// Non-error truthy/falsy values also throw.
assert.throws(() => assert.ifError('str'), common.expectsError({
  code: 'ERR_ASSERTION',
  message: "ifError got unwanted exception: 'str'",
}));
assert.throws(() => assert.ifError(0), common.expectsError({
  message: 'ifError got unwanted exception: 0',
}));
assert.throws(() => assert.ifError(false), common.expectsError({ code: 'ERR_ASSERTION' }));
