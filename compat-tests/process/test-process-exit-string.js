// covers: process.exit, process.on
'use strict';
const common = require('../common');
const assert = require('assert');

// A numeric string is accepted as an exit code.
process.on('exit', (code) => {
  assert.strictEqual(code, 2);
  process.exitCode = 0;
});
assert.throws(() => process.exit('nope'), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
assert.throws(() => process.exit(1.2), common.expectsError({ code: 'ERR_OUT_OF_RANGE', name: 'RangeError' }));
process.exit('2');
