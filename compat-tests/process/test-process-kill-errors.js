// covers: process.kill
'use strict';
const common = require('../common');
const assert = require('assert');

// An out-of-range signal number is the system's EINVAL, in the errno-exception format.
assert.throws(() => process.kill(process.pid, 987), {
  code: 'EINVAL', syscall: 'kill', name: 'Error', message: 'kill EINVAL',
});
assert.throws(() => process.kill(process.pid, 'SIGNOPE'),
              common.expectsError({ code: 'ERR_UNKNOWN_SIGNAL', name: 'TypeError' }));
for (const pid of [null, 'abc', NaN, Infinity]) {
  assert.throws(() => process.kill(pid),
                common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
}
// Numeric strings are accepted as pids; signal 0 only checks that the process exists.
assert.strictEqual(process.kill(String(process.pid), 0), true);
