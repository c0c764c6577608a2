// covers: path.posix.resolve, path.resolve, process.cwd
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

const r = path.posix.resolve;
assert.strictEqual(r('/var/lib', '../', 'file/'), '/var/file');
assert.strictEqual(r('/var/lib', '/../', 'file/'), '/file');
assert.strictEqual(r('/some/dir', '.', '/absolute/'), '/absolute');
assert.strictEqual(r('/foo/tmp.3/', '../tmp.3/cycles/root.js'), '/foo/tmp.3/cycles/root.js');
assert.strictEqual(r('/', '..', '..'), '/');
assert.strictEqual(r('/a//b///c'), '/a/b/c');
// Trailing slashes are removed except for the root.
assert.strictEqual(r('/a/b/'), '/a/b');
assert.strictEqual(r('/'), '/');

if (!common.isWindows) {
  const cwd = process.cwd();
  assert.strictEqual(r(), cwd);
  assert.strictEqual(r(''), cwd);
  assert.strictEqual(r('a/b/c/', '../../..'), cwd);
  assert.strictEqual(r('.'), cwd);
  assert.strictEqual(r('x'), cwd === '/' ? '/x' : cwd + '/x');
  assert.strictEqual(path.resolve('x', 'y'), path.join(cwd, 'x', 'y'));
}
// Later absolute segments win.
assert.strictEqual(r('/a', '/b', 'c'), '/b/c');
assert.throws(() => r('/a', null), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
assert.throws(() => r(42), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE' }));
