// covers: assert.doesNotThrow
'use strict';
const common = require('../common');
const assert = require('assert');

assert.doesNotThrow(() => {});
assert.doesNotThrow(() => 1, TypeError);

assert.throws(() => assert.doesNotThrow(() => { throw new Error('boom'); }), (err) => {
  assert.strictEqual(err.code, 'ERR_ASSERTION');
  assert.strictEqual(err.operator, 'doesNotThrow');
  assert.strictEqual(err.message, 'Got unwanted exception.\nActual message: "boom"');
  return true;
});
assert.throws(() => assert.doesNotThrow(() => { throw new Error('boom'); }, 'ctx'), (err) => {
  assert.strictEqual(err.message, 'Got unwanted exception: ctx\nActual message: "boom"');
  return true;
});
// When the error doesn't match the given class it is re-thrown unchanged.
const te = new TypeError('t');
assert.throws(() => assert.doesNotThrow(() => { throw te; }, RangeError), (e) => e === te);
// Matching class -> AssertionError.
assert.throws(() => assert.doesNotThrow(() => { throw te; }, TypeError),
              common.expectsError({ code: 'ERR_ASSERTION' }));
assert.throws(() => assert.doesNotThrow(1), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fn" argument must be of type function. Received type number (1)',
}));
