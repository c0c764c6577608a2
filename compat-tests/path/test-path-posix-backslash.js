// covers: path.posix.join, path.posix.normalize, path.posix.basename, path.posix.dirname, path.posix.isAbsolute
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

// On posix the backslash is an ordinary filename character.
assert.strictEqual(path.posix.join('a\\b', 'c'), 'a\\b/c');
assert.strictEqual(path.posix.normalize('a\\..\\b'), 'a\\..\\b');
assert.strictEqual(path.posix.basename('C:\\temp\\x.txt'), 'C:\\temp\\x.txt');
assert.strictEqual(path.posix.dirname('C:\\temp\\x.txt'), '.');
assert.strictEqual(path.posix.isAbsolute('\\x'), false);
// The win32 flavour accepts both separators.
assert.strictEqual(path.win32.basename('C:/temp/x.txt'), 'x.txt');
assert.ok(common);
