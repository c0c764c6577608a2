// covers: process.emitWarning, process.on
'use strict';
const common = require('../common');
const assert = require('assert');

// An Error object is emitted as-is.
const w = new Error('custom');
w.name = 'MyWarning';
process.on('warning', common.mustCall((got) => assert.strictEqual(got, w)));
process.emitWarning(w);
// Invalid arguments.
for (const bad of [undefined, null, 1, {}, true]) {
  assert.throws(() => process.emitWarning(bad), common.expectsError({
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
    message: /^The "warning" argument must be of type string or an instance of Error\./,
  }));
}
assert.throws(() => process.emitWarning('x', 1), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE' }));
assert.throws(() => process.emitWarning('x', 'T', 1), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE' }));
