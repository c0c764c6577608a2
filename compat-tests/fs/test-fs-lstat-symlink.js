// covers: fs.lstatSync, fs.lstat, fs.promises.lstat, fs.symlinkSync, fs.Stats.prototype.isSymbolicLink
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

if (common.isWindows) common.skip('symlinks need privileges on Windows');

const dir = common.tmpdir.refresh();
const target = path.join(dir, 'target.txt');
const link = path.join(dir, 'link');
fs.writeFileSync(target, 'content');
fs.symlinkSync(target, link);

const l = fs.lstatSync(link);
assert.strictEqual(l.isSymbolicLink(), true);
assert.strictEqual(l.isFile(), false);
assert.strictEqual(l.mode & fs.constants.S_IFMT, fs.constants.S_IFLNK);
const s = fs.statSync(link);
assert.strictEqual(s.isSymbolicLink(), false);
assert.strictEqual(s.isFile(), true);
assert.strictEqual(s.size, 7);

// Dangling link: lstat works, stat fails.
const dangling = path.join(dir, 'dangling');
fs.symlinkSync(path.join(dir, 'nowhere'), dangling);
assert.strictEqual(fs.lstatSync(dangling).isSymbolicLink(), true);
assert.throws(() => fs.statSync(dangling), { code: 'ENOENT', syscall: 'stat' });

const missing = path.join(dir, 'nothing');
assert.throws(() => fs.lstatSync(missing), {
  code: 'ENOENT',
  syscall: 'lstat',
  message: `ENOENT: no such file or directory, lstat '${missing}'`,
});
assert.strictEqual(fs.lstatSync(missing, { throwIfNoEntry: false }), undefined);

fs.lstat(link, common.mustSucceed((st) => assert.strictEqual(st.isSymbolicLink(), true)));
fs.promises.lstat(dangling).then(common.mustCall((st) => {
  assert.strictEqual(st.isSymbolicLink(), true);
}));
