// covers: process.threadCpuUsage
'use strict';
const common = require('../common');
const assert = require('assert');

const u = process.threadCpuUsage();
assert.deepStrictEqual(Object.keys(u).sort(), ['system', 'user']);
assert.ok(u.user >= 0 && u.system >= 0);
let x = 0;
for (let i = 0; i < 1e6; i++) x += i;
const d = process.threadCpuUsage(u);
assert.ok(d.user >= 0 && d.system >= 0);
assert.ok(x > 0);
assert.throws(() => process.threadCpuUsage(1), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
