// covers: path.posix.toNamespacedPath, path.win32.toNamespacedPath, path.toNamespacedPath
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

// On posix it is the identity for any value, even non-strings.
assert.strictEqual(path.posix.toNamespacedPath('/foo/bar'), '/foo/bar');
assert.strictEqual(path.posix.toNamespacedPath('foo/bar'), 'foo/bar');
assert.strictEqual(path.posix.toNamespacedPath(null), null);
assert.strictEqual(path.posix.toNamespacedPath(true), true);
assert.strictEqual(path.posix.toNamespacedPath(1), 1);
assert.strictEqual(path.posix.toNamespacedPath(), undefined);
const obj = {};
assert.strictEqual(path.posix.toNamespacedPath(obj), obj);

const t = path.win32.toNamespacedPath;
assert.strictEqual(t('C:\\foo'), '\\\\?\\C:\\foo');
assert.strictEqual(t('C:/foo'), '\\\\?\\C:\\foo');
assert.strictEqual(t('\\\\foo\\bar'), '\\\\?\\UNC\\foo\\bar\\');
assert.strictEqual(t('//foo//bar'), '\\\\?\\UNC\\foo\\bar\\');
assert.strictEqual(t('\\\\?\\foo'), '\\\\?\\foo');
assert.strictEqual(t('\\\\?\\c:\\Windows/System'), '\\\\?\\c:\\Windows\\System');
assert.strictEqual(t(''), '');
// Non-string input is returned unchanged on win32 as well.
assert.strictEqual(t(null), null);
assert.strictEqual(t(100), 100);
assert.strictEqual(t(obj), obj);
if (!common.isWindows) assert.strictEqual(path.toNamespacedPath('/x'), '/x');
