// covers: fs.constants
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const c = fs.constants;
assert.strictEqual(typeof c, 'object');
assert.strictEqual(c.O_RDONLY, 0);
assert.strictEqual(c.O_WRONLY, 1);
assert.strictEqual(c.O_RDWR, 2);
for (const k of ['O_CREAT', 'O_EXCL', 'O_TRUNC', 'O_APPEND', 'S_IFMT', 'S_IFREG', 'S_IFDIR',
  'S_IFLNK', 'COPYFILE_EXCL', 'COPYFILE_FICLONE', 'COPYFILE_FICLONE_FORCE', 'UV_FS_O_FILEMAP']) {
  assert.strictEqual(typeof c[k], 'number', k);
}
assert.strictEqual(c.COPYFILE_EXCL, 1);
assert.strictEqual(c.COPYFILE_FICLONE, 2);
assert.strictEqual(c.COPYFILE_FICLONE_FORCE, 4);
assert.strictEqual(c.S_IFMT, 0o170000);
assert.strictEqual(c.S_IFREG, 0o100000);
assert.strictEqual(c.S_IFDIR, 0o040000);
assert.strictEqual(c.S_IFLNK, 0o120000);
if (common.isLinux) {
  assert.strictEqual(c.O_CREAT, 0o100);
  assert.strictEqual(c.O_EXCL, 0o200);
  assert.strictEqual(c.O_TRUNC, 0o1000);
  assert.strictEqual(c.O_APPEND, 0o2000);
}
// Same object as fs.promises.constants and os.constants are distinct namespaces.
assert.strictEqual(fs.promises.constants, c);
