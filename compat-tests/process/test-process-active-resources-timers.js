// covers: process.getActiveResourcesInfo, globalThis.setTimeout, globalThis.setImmediate
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const count = (type) => process.getActiveResourcesInfo().filter((t) => t === type).length;
const before = { Timeout: count('Timeout'), Immediate: count('Immediate') };

// Ref'd timers count until done (a Timeout still while its callback runs); unref'd ones do not.
const timers = [1, 2, 3].map((ms) => setTimeout(common.mustCall(() => {
  assert.ok(count('Timeout') >= before.Timeout + 1);
}), ms));
assert.strictEqual(count('Timeout'), before.Timeout + 3);
timers[2].unref();
assert.strictEqual(count('Timeout'), before.Timeout + 2);
timers[2].ref();
const once = setTimeout(common.mustCall(() => {
  assert.strictEqual(count('Timeout'), before.Timeout + 1);
  clearTimeout(once);
  assert.strictEqual(count('Timeout'), before.Timeout);
}), 20);

// An Immediate counts until its callback starts.
const im = setImmediate(common.mustCall(() => assert.strictEqual(count('Immediate'), before.Immediate)));
assert.strictEqual(count('Immediate'), before.Immediate + 1);
assert.ok(im.hasRef());

// A pending fs request is listed as FSReqCallback until its callback has run.
const reqs = () => process.getActiveResourcesInfo().filter((t) => t === 'FSReqCallback').length;
const pendingBefore = reqs();
fs.stat(__filename, common.mustSucceed(() => {
  assert.strictEqual(reqs(), pendingBefore + 1);
}));
process.on('exit', () => assert.strictEqual(reqs(), pendingBefore));
assert.strictEqual(reqs(), pendingBefore + 1);
