// covers: process.kill
'use strict';
const common = require('../common');
const assert = require('assert');

// Only argument validation and signal 0 (existence check): nothing is killed.
assert.strictEqual(process.kill(process.pid, 0), true);
assert.throws(() => process.kill('not-a-pid'), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
}));
assert.throws(() => process.kill(process.pid, 'SIGNOTREAL'), common.expectsError({
  code: 'ERR_UNKNOWN_SIGNAL', name: 'TypeError', message: 'Unknown signal: SIGNOTREAL',
}));
assert.throws(() => process.kill(process.pid, 99999), (e) => e.code === 'EINVAL');
