// covers: process.binding
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

// The deprecated util binding is util.types' checks, the same functions.
const binding = process.binding('util');
assert.ok(Object.keys(binding).includes('isDate'));
for (const key of Object.keys(binding)) assert.strictEqual(binding[key], util.types[key], key);
assert.throws(() => process.binding('no_such_binding'), common.expectsError({
  name: 'Error', message: 'No such module: no_such_binding',
}));
