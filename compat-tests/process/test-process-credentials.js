// covers: process.getuid, process.getgid, process.geteuid, process.getegid, process.getgroups, process.setuid, process.setgid, process.seteuid, process.setegid, process.setgroups, process.initgroups
'use strict';
const common = require('../common');
const assert = require('assert');
const os = require('os');

if (common.isWindows) common.skip('POSIX credentials');

// The ids are the process's (the same os.userInfo() reports); nothing here changes them.
assert.strictEqual(process.getuid(), os.userInfo().uid);
assert.strictEqual(process.getgid(), os.userInfo().gid);
assert.strictEqual(typeof process.geteuid(), 'number');
assert.ok(process.getgroups().includes(process.getegid()));

const unknown = 'no-such-credential-name-xyzzy';
for (const fn of ['setuid', 'seteuid', 'setgid', 'setegid']) {
  assert.throws(() => process[fn]({}), common.expectsError({
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
    message: 'The "id" argument must be one of type number or string. Received an instance of Object',
  }));
  assert.throws(() => process[fn](-1), common.expectsError({ code: 'ERR_OUT_OF_RANGE', name: 'RangeError' }));
  const kind = fn.endsWith('uid') ? 'User' : 'Group';
  assert.throws(() => process[fn](unknown), common.expectsError({
    code: 'ERR_UNKNOWN_CREDENTIAL', name: 'Error', message: `${kind} identifier does not exist: ${unknown}`,
  }));
}
assert.throws(() => process.setgroups(), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "groups" argument must be an instance of Array. Received undefined',
}));
assert.throws(() => process.setgroups([0, null]), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "groups[1]" argument must be one of type number or string. Received null',
}));
assert.throws(() => process.setgroups([0, 2 ** 32]), common.expectsError({ code: 'ERR_OUT_OF_RANGE' }));
assert.throws(() => process.setgroups([unknown]), common.expectsError({
  code: 'ERR_UNKNOWN_CREDENTIAL', message: `Group identifier does not exist: ${unknown}`,
}));
assert.throws(() => process.initgroups(true, 0), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE' }));
assert.throws(() => process.initgroups('root', undefined), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "extraGroup" argument must be one of type number or string. Received undefined',
}));
assert.throws(() => process.initgroups('root', unknown), common.expectsError({
  code: 'ERR_UNKNOWN_CREDENTIAL', message: `Group identifier does not exist: ${unknown}`,
}));
// Unprivileged, setting another user fails with the system's error.
if (process.getuid() !== 0) {
  assert.throws(() => process.setuid(0), common.expectsError({ code: 'EPERM', syscall: 'setuid' }));
}
