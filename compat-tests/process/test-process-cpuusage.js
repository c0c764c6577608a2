// covers: process.cpuUsage
'use strict';
const common = require('../common');
const assert = require('assert');

const u = process.cpuUsage();
assert.deepStrictEqual(Object.keys(u).sort(), ['system', 'user']);
assert.ok(Number.isInteger(u.user) && u.user >= 0);
assert.ok(Number.isInteger(u.system) && u.system >= 0);
// Burn a little CPU, then the diff is non-negative.
let x = 0;
for (let i = 0; i < 1e6; i++) x += i;
const d = process.cpuUsage(u);
assert.ok(d.user >= 0 && d.system >= 0);
assert.ok(x > 0);
assert.throws(() => process.cpuUsage(1), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
assert.throws(() => process.cpuUsage({ user: -1, system: 0 }), common.expectsError({ code: 'ERR_INVALID_ARG_VALUE' }));
assert.throws(() => process.cpuUsage({ user: 'a', system: 0 }), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE' }));
