// covers: process.getBuiltinModule
'use strict';
const common = require('../common');
const assert = require('assert');

assert.strictEqual(process.getBuiltinModule('fs'), require('fs'));
assert.strictEqual(process.getBuiltinModule('node:path'), require('path'));
assert.strictEqual(process.getBuiltinModule('events'), require('events'));
// Unknown or user-land ids give undefined.
assert.strictEqual(process.getBuiltinModule('no-such-builtin'), undefined);
assert.strictEqual(process.getBuiltinModule('./x'), undefined);
assert.throws(() => process.getBuiltinModule(1), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
