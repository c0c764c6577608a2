// covers: process.mainModule, process.domain, process.debugPort, process.report, process.sourceMapsEnabled, process.setSourceMapsEnabled, process.dlopen, process.openStdin, process.abort, process.setuid, process.setgid, process.seteuid, process.setegid, process.setgroups, process.initgroups, process.execve, process.binding, process.reallyExit, process.moduleLoadList
'use strict';
const common = require('../common');
const assert = require('assert');

// Shape-only checks for APIs that cannot safely be exercised in a test.
assert.strictEqual(process.mainModule, require.main);
assert.strictEqual(require.main, module);
assert.strictEqual(process.domain, null);
assert.ok(Number.isInteger(process.debugPort));
assert.strictEqual(typeof process.report, 'object');
assert.strictEqual(typeof process.sourceMapsEnabled, 'boolean');
const before = process.sourceMapsEnabled;
process.setSourceMapsEnabled(before);
assert.strictEqual(process.sourceMapsEnabled, before);
for (const fn of ['dlopen', 'openStdin', 'abort', 'binding', 'reallyExit']) {
  assert.strictEqual(typeof process[fn], 'function', fn);
}
if (!common.isWindows) {
  for (const fn of ['setuid', 'setgid', 'seteuid', 'setegid', 'setgroups', 'initgroups', 'execve']) {
    assert.strictEqual(typeof process[fn], 'function', fn);
  }
  assert.throws(() => process.setuid({}), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
}
assert.ok(Array.isArray(process.moduleLoadList));
