// covers: path.sep, path.delimiter, path.posix.sep, path.posix.delimiter, path.win32.sep, path.win32.delimiter
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

assert.strictEqual(path.posix.sep, '/');
assert.strictEqual(path.win32.sep, '\\');
assert.strictEqual(path.posix.delimiter, ':');
assert.strictEqual(path.win32.delimiter, ';');
if (common.isWindows) {
  assert.strictEqual(path.sep, '\\');
  assert.strictEqual(path.delimiter, ';');
} else {
  assert.strictEqual(path.sep, '/');
  assert.strictEqual(path.delimiter, ':');
}
// The delimiter splits PATH-like variables.
const joined = ['/usr/bin', '/bin', '/opt/x'].join(path.posix.delimiter);
assert.deepStrictEqual(joined.split(path.posix.delimiter), ['/usr/bin', '/bin', '/opt/x']);
assert.strictEqual(typeof path.sep, 'string');
assert.strictEqual(path.sep.length, 1);
