// covers: path.win32.resolve, path.win32.normalize, path.win32.join, path.win32.isAbsolute, path.win32.relative
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

const w = path.win32;
// Drive-relative "C:foo" vs drive-absolute "C:\foo".
assert.strictEqual(w.isAbsolute('C:foo'), false);
assert.strictEqual(w.isAbsolute('C:\\foo'), true);
assert.strictEqual(w.normalize('C:foo\\..\\bar'), 'C:bar');
assert.strictEqual(w.normalize('C:\\foo\\..\\..\\bar'), 'C:\\bar');
// Drive letters compare case-insensitively in relative().
assert.strictEqual(w.relative('C:\\a', 'c:\\a\\b'), 'b');
// A drive-relative segment resolves against an absolute path on the same drive.
assert.strictEqual(w.resolve('C:\\base', 'C:rel'), 'C:\\base\\rel');
// Different drive means the earlier path is ignored.
assert.strictEqual(w.resolve('C:\\base', 'D:\\x', 'y'), 'D:\\x\\y');
// Join does not treat a later drive specially.
assert.strictEqual(w.join('C:\\a', 'D:\\b'), 'C:\\a\\D:\\b');
assert.ok(common);
