// covers: assert.notDeepStrictEqual, assert.notStrictEqual, assert.notDeepEqual
'use strict';
const common = require('../common');
const assert = require('assert');

assert.throws(() => assert.notStrictEqual('same', 'same'), common.expectsError({
  code: 'ERR_ASSERTION',
  // Strings are put on their own line; numbers (see strictequal test) are inline.
  message: "Expected \"actual\" to be strictly unequal to:\n\n'same'",
  operator: 'notStrictEqual',
}));
assert.throws(() => assert.notDeepStrictEqual([1], [1]), common.expectsError({
  code: 'ERR_ASSERTION',
  message: 'Expected "actual" not to be strictly deep-equal to:\n\n[\n  1\n]\n',
}));
assert.throws(() => assert.notDeepEqual({ x: 1 }, { x: 1 }), (err) => {
  assert.strictEqual(err.operator, 'notDeepEqual');
  assert.match(err.message, /^"actual" deepEqual "expected"|Expected "actual" not to be loosely deep-equal to:/);
  return true;
});
