// covers: assert.throws
'use strict';
const common = require('../common');
const assert = require('assert');

// Constructor validation.
assert.throws(() => { throw new TypeError('bad'); }, TypeError);
// RegExp validation tests String(error).
assert.throws(() => { throw new Error('needle in hay'); }, /needle/);
// Object validation compares own properties; regexps match strings.
assert.throws(() => { throw new RangeError('out of range'); }, {
  name: 'RangeError',
  message: /out of/,
});
// Function validation must return true.
assert.throws(() => { throw new Error('x'); }, (e) => e.message === 'x');
// Error instance as validation: compares name and message.
assert.throws(() => { throw new Error('same'); }, new Error('same'));

// Nothing thrown.
assert.throws(() => assert.throws(() => {}), common.expectsError({
  code: 'ERR_ASSERTION',
  name: 'AssertionError',
  message: 'Missing expected exception.',
  operator: 'throws',
}));
assert.throws(() => assert.throws(() => {}, TypeError), common.expectsError({
  message: 'Missing expected exception (TypeError).',
}));
assert.throws(() => assert.throws(() => {}, 'my message'), common.expectsError({
  message: 'Missing expected exception: my message',
}));
// Wrong error class: an AssertionError naming both classes.
const orig = new SyntaxError('orig');
assert.throws(() => assert.throws(() => { throw orig; }, TypeError), (err) => {
  assert.strictEqual(err.code, 'ERR_ASSERTION');
  assert.match(err.message,
               /^The error is expected to be an instance of "TypeError"\. Received "SyntaxError"/);
  assert.strictEqual(err.actual, orig);
  return true;
});
// Object validation mismatch.
assert.throws(() => assert.throws(() => { throw new Error('a'); }, { message: 'b' }), (err) => {
  assert.strictEqual(err.code, 'ERR_ASSERTION');
  assert.match(err.message, /Expected values to be strictly deep-equal/);
  return true;
});
// Validation function returning non-true.
assert.throws(() => assert.throws(() => { throw new Error('a'); }, () => false), (err) => {
  assert.strictEqual(err.code, 'ERR_ASSERTION');
  assert.match(err.message, /The validation function is expected to return "true"\. Received false/);
  return true;
});
// Bad arguments.
assert.throws(() => assert.throws('not a fn'), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "fn" argument must be of type function. Received type string (\'not a fn\')',
}));
// Empty validation object is rejected.
assert.throws(() => assert.throws(() => { throw new Error(); }, {}), common.expectsError({
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
}));
// Throwing non-errors.
assert.throws(() => { throw 'str'; }, (v) => v === 'str');  // eslint-disable-line no-throw-literal
