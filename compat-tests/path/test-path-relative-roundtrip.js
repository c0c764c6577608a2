// covers: path.posix.relative, path.posix.resolve, path.win32.relative, path.win32.resolve
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

// resolve(from, relative(from, to)) === resolve(to)
const posixPairs = [
  ['/a/b/c', '/a/d'], ['/', '/x/y'], ['/x/y', '/'], ['/same', '/same'],
  ['/a/b', '/a/b/c/d/e'], ['/deep/er/path', '/other/tree'],
];
for (const [from, to] of posixPairs) {
  const rel = path.posix.relative(from, to);
  assert.strictEqual(path.posix.resolve(from, rel), path.posix.resolve(to), `${from} -> ${to}`);
  assert.ok(!path.posix.isAbsolute(rel));
}
const winPairs = [
  ['C:\\a\\b', 'C:\\a\\c'], ['C:\\', 'C:\\x'], ['\\\\s\\sh\\a', '\\\\s\\sh\\b\\c'],
];
for (const [from, to] of winPairs) {
  const rel = path.win32.relative(from, to);
  assert.strictEqual(path.win32.resolve(from, rel), path.win32.resolve(to), `${from} -> ${to}`);
}
assert.ok(common);
