// covers: path.posix.join, path.win32.join, path.posix.normalize, path.win32.normalize, path.posix.isAbsolute, path.win32.isAbsolute, path.posix.resolve, path.posix.relative, path.win32.relative
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

// Empty strings mean "current directory" wherever a path is expected.
assert.strictEqual(path.posix.join(''), '.');
assert.strictEqual(path.posix.join('', ''), '.');
assert.strictEqual(path.win32.join(''), '.');
assert.strictEqual(path.win32.join('', ''), '.');
assert.strictEqual(path.posix.normalize(''), '.');
assert.strictEqual(path.win32.normalize(''), '.');
assert.strictEqual(path.posix.isAbsolute(''), false);
assert.strictEqual(path.win32.isAbsolute(''), false);
assert.strictEqual(path.posix.relative('', ''), '');
assert.strictEqual(path.win32.relative('', ''), '');
if (!common.isWindows) {
  const cwd = process.cwd();
  assert.strictEqual(path.posix.resolve(''), cwd);
  assert.strictEqual(path.posix.resolve('', ''), cwd);
  assert.strictEqual(path.posix.relative('', cwd), '');
  assert.strictEqual(path.posix.relative(cwd, ''), '');
}
// Empty segments inside join are skipped.
assert.strictEqual(path.posix.join('a', '', '', 'b'), 'a/b');
assert.strictEqual(path.posix.join('', '/x'), '/x');
assert.strictEqual(path.posix.join('', 'x'), 'x');
