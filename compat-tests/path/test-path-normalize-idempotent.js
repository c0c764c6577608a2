// covers: path.posix.normalize, path.win32.normalize, path.posix.join
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

const inputs = ['a/b/../c', '/x//y/./z/', '../../a', './', '', '/..', 'a/./b/.', '//a//b//'];
for (const p of inputs) {
  const once = path.posix.normalize(p);
  assert.strictEqual(path.posix.normalize(once), once, `posix ${p}`);
  // join of a single argument is normalize.
  assert.strictEqual(path.posix.join(p), once, `join ${p}`);
}
for (const p of ['C:\\a\\..\\b', '\\\\s\\h\\x\\..', 'a\\b\\..\\..\\..', 'C:']) {
  const once = path.win32.normalize(p);
  assert.strictEqual(path.win32.normalize(once), once, `win32 ${p}`);
}
assert.ok(common);
