// covers: process.getActiveResourcesInfo
'use strict';
const common = require('../common');
const assert = require('assert');

const t = setTimeout(common.mustNotCall(), 10000);
const info = process.getActiveResourcesInfo();
assert.ok(Array.isArray(info));
for (const x of info) assert.strictEqual(typeof x, 'string');
assert.ok(info.includes('Timeout'), String(info));
clearTimeout(t);
const im = setImmediate(common.mustCall());
assert.ok(process.getActiveResourcesInfo().includes('Immediate'));
assert.ok(im);
