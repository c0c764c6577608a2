// covers: process.pid, process.ppid, process.getuid, process.geteuid, process.getgid, process.getegid, process.getgroups
'use strict';
const common = require('../common');
const assert = require('assert');

assert.ok(Number.isInteger(process.pid) && process.pid > 0);
assert.ok(Number.isInteger(process.ppid) && process.ppid > 0);
assert.notStrictEqual(process.pid, process.ppid);
if (!common.isWindows) {
  for (const fn of ['getuid', 'geteuid', 'getgid', 'getegid']) {
    const v = process[fn]();
    assert.ok(Number.isInteger(v) && v >= 0, fn);
  }
  const groups = process.getgroups();
  assert.ok(Array.isArray(groups));
  for (const g of groups) assert.ok(Number.isInteger(g));
}
