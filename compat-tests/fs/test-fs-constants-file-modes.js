// covers: fs.constants.S_IFMT, fs.constants.S_IFREG, fs.constants.S_IFDIR, fs.constants.S_IFLNK
// covers: fs.constants.S_IFCHR, fs.constants.S_IFBLK, fs.constants.S_IFIFO, fs.constants.S_IFSOCK
// covers: fs.constants.S_IRWXU, fs.constants.S_IRUSR, fs.constants.S_IWUSR, fs.constants.S_IXUSR
// covers: fs.constants.S_IRWXG, fs.constants.S_IRGRP, fs.constants.S_IWGRP, fs.constants.S_IXGRP
// covers: fs.constants.S_IRWXO, fs.constants.S_IROTH, fs.constants.S_IWOTH, fs.constants.S_IXOTH
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

if (common.isWindows) common.skip('POSIX file modes');
const c = fs.constants;
common.tmpdir.refresh();

// File type bits: the classic POSIX values.
assert.strictEqual(c.S_IFMT, 0o170000);
assert.strictEqual(c.S_IFREG, 0o100000);
assert.strictEqual(c.S_IFDIR, 0o040000);
assert.strictEqual(c.S_IFLNK, 0o120000);
assert.strictEqual(c.S_IFCHR, 0o020000);
assert.strictEqual(c.S_IFBLK, 0o060000);
assert.strictEqual(c.S_IFIFO, 0o010000);
assert.strictEqual(c.S_IFSOCK, 0o140000);

// stat().mode & S_IFMT says what a path is, in agreement with the is*() helpers.
const file = common.tmpdir.resolve('f');
fs.writeFileSync(file, 'x');
const link = common.tmpdir.resolve('l');
fs.symlinkSync(file, link);
const type = (st) => st.mode & c.S_IFMT;
assert.strictEqual(type(fs.statSync(file)), c.S_IFREG);
assert.strictEqual(type(fs.statSync(common.tmpdir.path)), c.S_IFDIR);
assert.strictEqual(type(fs.lstatSync(link)), c.S_IFLNK);
assert.strictEqual(type(fs.statSync(link)), c.S_IFREG);
const nul = fs.statSync('/dev/null');
assert.strictEqual(type(nul), c.S_IFCHR);
assert.strictEqual(nul.isCharacterDevice(), true);
for (const t of [c.S_IFBLK, c.S_IFIFO, c.S_IFSOCK]) assert.notStrictEqual(type(nul), t);

// Permission bits, each group being the OR of its read/write/execute bits.
assert.strictEqual(c.S_IRUSR | c.S_IWUSR | c.S_IXUSR, c.S_IRWXU);
assert.strictEqual(c.S_IRGRP | c.S_IWGRP | c.S_IXGRP, c.S_IRWXG);
assert.strictEqual(c.S_IROTH | c.S_IWOTH | c.S_IXOTH, c.S_IRWXO);
assert.strictEqual(c.S_IRWXU, 0o700);
assert.strictEqual(c.S_IRWXG, 0o070);
assert.strictEqual(c.S_IRWXO, 0o007);
assert.strictEqual(c.S_IRUSR, 0o400);
assert.strictEqual(c.S_IWGRP, 0o020);
assert.strictEqual(c.S_IXOTH, 0o001);

// chmod with combined constants, read back through stat().mode.
const perms = (p) => fs.statSync(p).mode & 0o777;
fs.chmodSync(file, c.S_IRUSR | c.S_IWUSR | c.S_IRGRP | c.S_IROTH);
assert.strictEqual(perms(file), 0o644);
fs.chmodSync(file, c.S_IRWXU | c.S_IXGRP | c.S_IWOTH);
assert.strictEqual(perms(file), 0o712);
assert.ok(fs.statSync(file).mode & c.S_IXUSR);
assert.strictEqual(fs.statSync(file).mode & c.S_IRGRP, 0);
fs.chmodSync(file, c.S_IRUSR);
assert.strictEqual(perms(file), 0o400);
// The owner's write bit gone: writing fails unless running as root.
if (typeof process.getuid === 'function' && process.getuid() !== 0) {
  assert.throws(() => fs.writeFileSync(file, 'y'), { code: 'EACCES' });
}
fs.chmodSync(file, c.S_IRWXU);
fs.writeFileSync(file, 'y');
