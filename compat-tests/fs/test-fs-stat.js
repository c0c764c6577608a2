// covers: fs.statSync, fs.stat, fs.promises.stat, fs.Stats, fs.Stats.prototype.isFile, fs.Stats.prototype.isDirectory, fs.Stats.prototype.isSymbolicLink, fs.Stats.prototype.isFIFO, fs.Stats.prototype.isSocket, fs.Stats.prototype.isBlockDevice, fs.Stats.prototype.isCharacterDevice
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const f = path.join(dir, 's.txt');
fs.writeFileSync(f, '12345');

const st = fs.statSync(f);
assert.ok(st instanceof fs.Stats);
assert.strictEqual(st.isFile(), true);
assert.strictEqual(st.isDirectory(), false);
assert.strictEqual(st.isSymbolicLink(), false);
assert.strictEqual(st.isFIFO(), false);
assert.strictEqual(st.isSocket(), false);
assert.strictEqual(st.isBlockDevice(), false);
assert.strictEqual(st.isCharacterDevice(), false);
assert.strictEqual(st.size, 5);
for (const k of ['dev', 'ino', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'blocks',
  'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs']) {
  assert.strictEqual(typeof st[k], 'number', k);
}
for (const k of ['atime', 'mtime', 'ctime', 'birthtime']) {
  assert.ok(st[k] instanceof Date, k);
}
assert.ok(Math.abs(st.mtime.getTime() - st.mtimeMs) < 1);
assert.strictEqual(st.nlink, 1);
assert.strictEqual(st.mode & fs.constants.S_IFMT, fs.constants.S_IFREG);

const ds = fs.statSync(dir);
assert.strictEqual(ds.isDirectory(), true);
assert.strictEqual(ds.isFile(), false);
assert.strictEqual(ds.mode & fs.constants.S_IFMT, fs.constants.S_IFDIR);

const missing = path.join(dir, 'gone');
assert.throws(() => fs.statSync(missing), {
  code: 'ENOENT',
  syscall: 'stat',
  path: missing,
  message: `ENOENT: no such file or directory, stat '${missing}'`,
});
// throwIfNoEntry: false returns undefined instead.
assert.strictEqual(fs.statSync(missing, { throwIfNoEntry: false }), undefined);

fs.stat(f, common.mustSucceed((s) => {
  assert.strictEqual(s.size, 5);
  assert.strictEqual(s.isFile(), true);
}));
fs.stat(missing, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'stat');
}));
fs.promises.stat(dir).then(common.mustCall((s) => assert.strictEqual(s.isDirectory(), true)));
