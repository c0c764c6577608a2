// covers: path.posix.normalize, path.posix.join, path.posix.resolve, path.posix.basename, path.posix.dirname, path.win32.normalize, path.win32.resolve
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

// normalize and join keep one trailing separator; resolve drops it.
assert.strictEqual(path.posix.normalize('/a/b/'), '/a/b/');
assert.strictEqual(path.posix.normalize('/a/b///'), '/a/b/');
assert.strictEqual(path.posix.join('/a', 'b/'), '/a/b/');
assert.strictEqual(path.posix.resolve('/a', 'b/'), '/a/b');
assert.strictEqual(path.win32.normalize('C:\\a\\b\\'), 'C:\\a\\b\\');
assert.strictEqual(path.win32.resolve('C:\\a\\b\\'), 'C:\\a\\b');
// basename/dirname ignore trailing separators.
assert.strictEqual(path.posix.basename('/a/b///'), 'b');
assert.strictEqual(path.posix.dirname('/a/b///'), '/a');
assert.ok(common);
