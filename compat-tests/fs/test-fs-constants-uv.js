// covers: fs.constants.COPYFILE_FICLONE, fs.constants.COPYFILE_FICLONE_FORCE
// covers: fs.constants.UV_FS_COPYFILE_EXCL, fs.constants.UV_FS_COPYFILE_FICLONE
// covers: fs.constants.UV_FS_COPYFILE_FICLONE_FORCE, fs.constants.UV_FS_SYMLINK_DIR
// covers: fs.constants.UV_FS_SYMLINK_JUNCTION, fs.constants.UV_DIRENT_UNKNOWN
// covers: fs.constants.UV_DIRENT_FILE, fs.constants.UV_DIRENT_DIR, fs.constants.UV_DIRENT_LINK
// covers: fs.constants.UV_DIRENT_FIFO, fs.constants.UV_DIRENT_SOCKET
// covers: fs.constants.UV_DIRENT_CHAR, fs.constants.UV_DIRENT_BLOCK, fs.promises.constants
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const c = fs.constants;

// copyFile mode bits; the COPYFILE_* names equal libuv's UV_FS_COPYFILE_* ones.
assert.strictEqual(c.COPYFILE_EXCL, 1);
assert.strictEqual(c.COPYFILE_FICLONE, 2);
assert.strictEqual(c.COPYFILE_FICLONE_FORCE, 4);
assert.strictEqual(c.UV_FS_COPYFILE_EXCL, c.COPYFILE_EXCL);
assert.strictEqual(c.UV_FS_COPYFILE_FICLONE, c.COPYFILE_FICLONE);
assert.strictEqual(c.UV_FS_COPYFILE_FICLONE_FORCE, c.COPYFILE_FICLONE_FORCE);

common.tmpdir.refresh();
const src = common.tmpdir.resolve('src.txt');
const dst = common.tmpdir.resolve('dst.txt');
fs.writeFileSync(src, 'copy me');
// FICLONE falls back to an ordinary copy where cloning is unsupported.
fs.copyFileSync(src, dst, c.COPYFILE_FICLONE);
assert.strictEqual(fs.readFileSync(dst, 'utf8'), 'copy me');
// Combined with EXCL, an existing destination is an error.
assert.throws(() => fs.copyFileSync(src, dst, c.UV_FS_COPYFILE_EXCL | c.UV_FS_COPYFILE_FICLONE),
              { code: 'EEXIST' });
// FICLONE_FORCE either clones or fails; it never silently copies differently.
const forced = common.tmpdir.resolve('forced.txt');
try {
  fs.copyFileSync(src, forced, c.COPYFILE_FICLONE_FORCE);
  assert.strictEqual(fs.readFileSync(forced, 'utf8'), 'copy me');
} catch (err) {
  assert.ok(['ENOTSUP', 'EXDEV', 'ENOSYS', 'EOPNOTSUPP', 'EINVAL', 'EBADF'].includes(err.code),
            err.code);
}
assert.throws(() => fs.copyFileSync(src, dst, 8),
              common.expectsError({ code: 'ERR_OUT_OF_RANGE', name: 'RangeError' }));

// Symlink flags used on Windows (directory links and junctions).
assert.strictEqual(c.UV_FS_SYMLINK_DIR, 1);
assert.strictEqual(c.UV_FS_SYMLINK_JUNCTION, 2);

// libuv's dirent types: a fixed enumeration.
assert.deepStrictEqual(
  [c.UV_DIRENT_UNKNOWN, c.UV_DIRENT_FILE, c.UV_DIRENT_DIR, c.UV_DIRENT_LINK,
   c.UV_DIRENT_FIFO, c.UV_DIRENT_SOCKET, c.UV_DIRENT_CHAR, c.UV_DIRENT_BLOCK],
  [0, 1, 2, 3, 4, 5, 6, 7]);

// The constants object is shared and its values cannot be reassigned.
assert.strictEqual(fs.promises.constants, c);
assert.ok(!Object.getOwnPropertyDescriptor(c, 'UV_DIRENT_FILE').writable);
