// covers: fs.cpSync, fs.cp, fs.promises.cp
'use strict';
// cp's argument checks (thrown by cp() itself, rejected by the promise form) and the
// conflicts it reports between what src and dest already are.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const src = path.join(dir, 'src');
fs.mkdirSync(src);
fs.writeFileSync(path.join(src, 'f.txt'), 'F');

assert.throws(() => fs.cpSync('a', 'b', { mode: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.cp('a', 'b', { mode: 8 }, () => {}), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.cpSync('a', 'b', () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.cpSync(src, src, { verbatimSymlinks: undefined }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.cpSync(src, src, { dereference: true, verbatimSymlinks: true }),
  { code: 'ERR_INCOMPATIBLE_OPTION_PAIR', name: 'TypeError' });

// A directory onto a file, and a file onto a directory.
const file = path.join(dir, 'file.txt');
fs.writeFileSync(file, 'x');
assert.throws(() => fs.cpSync(src, file, { recursive: true }), { code: 'ERR_FS_CP_DIR_TO_NON_DIR' });
assert.throws(() => fs.cpSync(file, src), { code: 'ERR_FS_CP_NON_DIR_TO_DIR' });
// Into itself, also through a link in dest's parents.
assert.throws(() => fs.cpSync(src, path.join(src, 'sub'), { recursive: true }), { code: 'ERR_FS_CP_EINVAL' });
const link = path.join(dir, 'link');
fs.symlinkSync(src, link);
assert.throws(() => fs.cpSync(src, path.join(link, 'inner'), { recursive: true }), { code: 'ERR_FS_CP_EINVAL' });

// An existing directory with errorOnExist and no force: cp refuses it, cpSync checks the
// files inside.
const dest = path.join(dir, 'dest');
fs.mkdirSync(dest);
fs.cpSync(src, dest, { recursive: true, errorOnExist: true, force: false });
assert.throws(() => fs.cpSync(src, dest, { recursive: true, errorOnExist: true, force: false }),
  { code: 'ERR_FS_CP_EEXIST' });

(async () => {
  await assert.rejects(fs.promises.cp('a', 'b', () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(fs.promises.cp(src, dest, { recursive: true, errorOnExist: true, force: false }),
    { code: 'ERR_FS_CP_EEXIST' });
  // The copy keeps the source's mode.
  fs.chmodSync(path.join(src, 'f.txt'), 0o640);
  await fs.promises.cp(src, path.join(dir, 'copy'), { recursive: true });
  assert.strictEqual(fs.statSync(path.join(dir, 'copy', 'f.txt')).mode & 0o777, 0o640);
})().then(common.mustCall());
