// covers: process.constrainedMemory, process.availableMemory, os.totalmem
'use strict';
const common = require('../common');
const assert = require('assert');

const c = process.constrainedMemory();
assert.strictEqual(typeof c, 'number');
assert.ok(c >= 0);
const a = process.availableMemory();
assert.strictEqual(typeof a, 'number');
assert.ok(a > 0);
assert.ok(common);
