// covers: process.exitCode, process.on
'use strict';
const common = require('../common');
const assert = require('assert');

assert.strictEqual(process.exitCode, undefined);
process.exitCode = 3;
assert.strictEqual(process.exitCode, 3);
// The exit listener sees the code; resetting it to 0 lets the test pass.
process.on('exit', (code) => {
  assert.strictEqual(code, 3);
  assert.strictEqual(process.exitCode, 3);
  process.exitCode = 0;
});
// Invalid values are rejected.
assert.throws(() => { process.exitCode = 'abc'; }, common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
}));
assert.throws(() => { process.exitCode = 1.5; }, common.expectsError({ code: 'ERR_OUT_OF_RANGE', name: 'RangeError' }));
assert.strictEqual(process.exitCode, 3);
