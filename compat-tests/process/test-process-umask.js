// covers: process.umask
'use strict';
const common = require('../common');
const assert = require('assert');

if (common.isWindows) common.skip('umask is a no-op on Windows');
const original = process.umask();
assert.strictEqual(typeof original, 'number');
// Setting returns the previous mask.
assert.strictEqual(process.umask(0o027), original);
assert.strictEqual(process.umask(), 0o027);
// Octal strings are accepted.
assert.strictEqual(process.umask('0022'), 0o027);
assert.strictEqual(process.umask(), 0o022);
assert.throws(() => process.umask('xyz'), common.expectsError({ code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' }));
assert.throws(() => process.umask({}), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE' }));
process.umask(original);
assert.strictEqual(process.umask(), original);
