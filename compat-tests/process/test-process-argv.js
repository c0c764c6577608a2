// covers: process.argv, process.argv0, process.execPath, process.execArgv
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

assert.ok(Array.isArray(process.argv));
assert.ok(process.argv.length >= 2);
// argv[1] is the absolute path of the script being run.
assert.strictEqual(path.resolve(process.argv[1]), __filename);
assert.ok(path.isAbsolute(process.argv[1]));
for (const a of process.argv) assert.strictEqual(typeof a, 'string');
assert.strictEqual(typeof process.argv0, 'string');
assert.strictEqual(typeof process.execPath, 'string');
assert.ok(path.isAbsolute(process.execPath));
assert.ok(Array.isArray(process.execArgv));
// argv is a normal mutable array.
process.argv.push('extra');
assert.strictEqual(process.argv[process.argv.length - 1], 'extra');
process.argv.pop();
assert.ok(common);
