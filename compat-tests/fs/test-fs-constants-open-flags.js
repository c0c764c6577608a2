// covers: fs.constants.O_RDONLY, fs.constants.O_WRONLY, fs.constants.O_RDWR, fs.constants.O_CREAT
// covers: fs.constants.O_EXCL, fs.constants.O_TRUNC, fs.constants.O_APPEND
// covers: fs.constants.O_DIRECTORY, fs.constants.O_NOFOLLOW, fs.constants.O_SYNC
// covers: fs.constants.O_DSYNC, fs.constants.O_NONBLOCK, fs.constants.O_NOCTTY
// covers: fs.constants.O_NOATIME, fs.constants.O_DIRECT, fs.constants.UV_FS_O_FILEMAP
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

if (common.isWindows) common.skip('POSIX open flags');
const c = fs.constants;
common.tmpdir.refresh();
const file = common.tmpdir.resolve('flags.txt');

// Access modes.
assert.strictEqual(c.O_RDONLY, 0);
assert.strictEqual(c.O_WRONLY, 1);
assert.strictEqual(c.O_RDWR, 2);
assert.strictEqual(c.UV_FS_O_FILEMAP, 0);   // only meaningful on Windows

// O_CREAT | O_EXCL creates once, then fails with EEXIST.
let fd = fs.openSync(file, c.O_CREAT | c.O_EXCL | c.O_WRONLY);
fs.writeSync(fd, 'hello');
fs.closeSync(fd);
assert.throws(() => fs.openSync(file, c.O_CREAT | c.O_EXCL | c.O_WRONLY), { code: 'EEXIST' });
// Without O_CREAT a missing file is ENOENT.
assert.throws(() => fs.openSync(common.tmpdir.resolve('missing'), c.O_RDONLY), { code: 'ENOENT' });

// O_RDONLY cannot write; O_WRONLY cannot read.
fd = fs.openSync(file, c.O_RDONLY);
assert.throws(() => fs.writeSync(fd, 'x'), { code: 'EBADF' });
fs.closeSync(fd);
fd = fs.openSync(file, c.O_WRONLY);
assert.throws(() => fs.readSync(fd, Buffer.alloc(4)), { code: 'EBADF' });
fs.closeSync(fd);

// O_APPEND writes at the end, whatever position is given.
fd = fs.openSync(file, c.O_WRONLY | c.O_APPEND);
fs.writeSync(fd, '!', 0);
fs.closeSync(fd);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'hello!');

// O_RDWR | O_TRUNC empties the file and allows both directions.
fd = fs.openSync(file, c.O_RDWR | c.O_TRUNC);
assert.strictEqual(fs.fstatSync(fd).size, 0);
fs.writeSync(fd, 'abc', 0);
const back = Buffer.alloc(3);
assert.strictEqual(fs.readSync(fd, back, 0, 3, 0), 3);
assert.strictEqual(back.toString(), 'abc');
fs.closeSync(fd);

// O_DIRECTORY refuses files; O_NOFOLLOW refuses a final symbolic link.
assert.throws(() => fs.openSync(file, c.O_RDONLY | c.O_DIRECTORY), { code: 'ENOTDIR' });
fs.closeSync(fs.openSync(common.tmpdir.path, c.O_RDONLY | c.O_DIRECTORY));
const link = common.tmpdir.resolve('link');
fs.symlinkSync(file, link);
assert.throws(() => fs.openSync(link, c.O_RDONLY | c.O_NOFOLLOW), { code: 'ELOOP' });
fs.closeSync(fs.openSync(link, c.O_RDONLY));

// Flags that change I/O behaviour but not the result for a regular file.
for (const name of ['O_SYNC', 'O_DSYNC', 'O_NONBLOCK', 'O_NOCTTY']) {
  assert.strictEqual(typeof c[name], 'number', name);
  assert.ok(c[name] > 0, name);
  fd = fs.openSync(file, c.O_RDWR | c[name]);
  fs.writeSync(fd, 'xyz', 0);
  fs.closeSync(fd);
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'xyz', name);
}
// Linux-only flags; O_DIRECT depends on the file system, so only its value is checked.
if (common.isLinux) {
  assert.strictEqual(typeof c.O_DIRECT, 'number');
  assert.ok(c.O_DIRECT > 0);
  assert.ok(c.O_NOATIME > 0);
  try {
    fd = fs.openSync(file, c.O_RDONLY | c.O_NOATIME);   // allowed for the file's owner
    fs.closeSync(fd);
  } catch (err) {
    assert.strictEqual(err.code, 'EPERM');
  }
}
// All flags are distinct bits.
const bits = ['O_CREAT', 'O_EXCL', 'O_TRUNC', 'O_APPEND', 'O_DIRECTORY', 'O_NOFOLLOW',
              'O_NONBLOCK', 'O_NOCTTY'].map((n) => c[n]);
assert.strictEqual(new Set(bits).size, bits.length);
for (const b of bits) assert.strictEqual(b & (b - 1), 0);
