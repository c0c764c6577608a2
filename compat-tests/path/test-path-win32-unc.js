// covers: path.win32.resolve, path.win32.join, path.win32.normalize, path.win32.parse, path.win32.dirname, path.win32.isAbsolute
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

const w = path.win32;
// The UNC root is \\server\share\ ; ".." never climbs above it.
assert.strictEqual(w.resolve('\\\\server\\share\\a', '..', '..', '..'), '\\\\server\\share\\');
assert.strictEqual(w.normalize('\\\\server\\share\\a\\..\\..'), '\\\\server\\share\\');
assert.strictEqual(w.join('\\\\server\\share', '..', 'x'), '\\\\server\\share\\x');
assert.strictEqual(w.parse('\\\\server\\share\\').root, '\\\\server\\share\\');
assert.strictEqual(w.dirname('\\\\server\\share\\'), '\\\\server\\share\\');
assert.strictEqual(w.isAbsolute('\\\\server\\share'), true);
// Mixed separators are treated as the same.
assert.strictEqual(w.normalize('//server\\share/dir'), '\\\\server\\share\\dir');
// A lone "\\server" with no share is not a UNC root.
assert.strictEqual(w.normalize('\\\\server'), '\\server');
assert.ok(common);
