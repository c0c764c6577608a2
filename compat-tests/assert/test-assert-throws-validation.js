// covers: assert.throws
'use strict';
require('../common');
const assert = require('assert');

class CustomError extends Error {
  constructor(msg) {
    super(msg);
    this.name = 'CustomError';
    this.info = { level: 3, tags: ['a', 'b'] };
    this.code = 'E_CUSTOM';
  }
}
const thrower = () => { throw new CustomError('deep detail'); };

// Nested objects are compared deeply and strictly.
assert.throws(thrower, { info: { level: 3, tags: ['a', 'b'] } });
assert.throws(() => assert.throws(thrower, { info: { level: '3', tags: ['a', 'b'] } }),
              { code: 'ERR_ASSERTION' });
// RegExps in the validation object test string properties.
assert.throws(thrower, { code: /^E_/, message: /detail$/ });
assert.throws(() => assert.throws(thrower, { code: /^X/ }), { code: 'ERR_ASSERTION' });
// Inherited class checks.
assert.throws(thrower, CustomError);
assert.throws(thrower, Error);
// A validation object may check non-enumerable name/message.
assert.throws(thrower, { name: 'CustomError', message: 'deep detail' });
// Validation object with a property the error doesn't have.
assert.throws(() => assert.throws(thrower, { missing: 1 }), (err) => {
  assert.strictEqual(err.code, 'ERR_ASSERTION');
  return true;
});
// Arrow functions can't be used as class validators; they are called instead.
assert.throws(thrower, (e) => e instanceof CustomError);
// Errors thrown by the validation function propagate.
const inner = new Error('from validator');
assert.throws(() => assert.throws(thrower, () => { throw inner; }), (e) => e === inner);
