// covers: path.posix.resolve, path.win32.resolve
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

// Single dots vanish; double dots pop; extra dots are ordinary names.
assert.strictEqual(path.posix.resolve('/a/./b/./c'), '/a/b/c');
assert.strictEqual(path.posix.resolve('/a/b/../../c'), '/c');
assert.strictEqual(path.posix.resolve('/a/.../b'), '/a/.../b');
assert.strictEqual(path.posix.resolve('/a/..b/c'), '/a/..b/c');
assert.strictEqual(path.posix.resolve('/a/b.', '..'), '/a');
assert.strictEqual(path.win32.resolve('C:\\a\\.\\b\\..\\c'), 'C:\\a\\c');
assert.strictEqual(path.win32.resolve('C:\\..\\..'), 'C:\\');
assert.ok(common);
