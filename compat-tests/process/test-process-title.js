// covers: process.title
'use strict';
const common = require('../common');
const assert = require('assert');

assert.strictEqual(typeof process.title, 'string');
assert.ok(process.title.length > 0);
assert.ok(common);
