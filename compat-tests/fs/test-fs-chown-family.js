// covers: fs, fs.chown, fs.chownSync, fs.fchown, fs.fchownSync, fs.lchown, fs.lchownSync
// covers: fs.promises.chown, fs.promises.lchown, fs.promises.FileHandle.prototype.chown
// covers: fs.fchmod, fs.promises
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

assert.strictEqual(require('node:fs'), fs);
assert.strictEqual(fs.promises, require('fs/promises'));
if (common.isWindows || typeof process.getuid !== 'function') common.skip('POSIX ownership');

// Changing ownership to the current owner is always permitted, so these calls succeed
// without privileges; the observable result is that uid/gid stay as they are.
common.tmpdir.refresh();
const file = common.tmpdir.resolve('owned');
const link = common.tmpdir.resolve('owned-link');
fs.writeFileSync(file, 'x');
fs.symlinkSync(file, link);
const { uid, gid } = fs.statSync(file);
const owner = (p, l) => { const s = l ? fs.lstatSync(p) : fs.statSync(p); return [s.uid, s.gid]; };

fs.chownSync(file, uid, gid);
assert.deepStrictEqual(owner(file), [uid, gid]);
const fd = fs.openSync(file, 'r');
fs.fchownSync(fd, uid, gid);
fs.lchownSync(link, uid, gid);
assert.deepStrictEqual(owner(link, true), [uid, gid]);
// -1 leaves an id unchanged.
fs.chownSync(file, -1, -1);
assert.deepStrictEqual(owner(file), [uid, gid]);

const typeErr = common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => fs.chownSync(file, '0', gid), typeErr);
assert.throws(() => fs.chownSync(file, uid, -2),
              common.expectsError({ code: 'ERR_OUT_OF_RANGE', name: 'RangeError' }));
assert.throws(() => fs.fchownSync('fd', uid, gid), typeErr);
assert.throws(() => fs.chownSync(common.tmpdir.resolve('nope'), uid, gid), { code: 'ENOENT' });
// Giving a file away needs privileges.
if (process.getuid() !== 0) {
  assert.throws(() => fs.chownSync(file, uid + 1, gid), { code: 'EPERM' });
}

fs.chown(file, uid, gid, common.mustSucceed(() => {
  fs.fchown(fd, uid, gid, common.mustSucceed(() => {
    fs.lchown(link, uid, gid, common.mustSucceed(() => {
      // fchmod changes the mode through the descriptor.
      fs.fchmod(fd, 0o640, common.mustSucceed(() => {
        assert.strictEqual(fs.statSync(file).mode & 0o777, 0o640);
        fs.closeSync(fd);
        promisesPart().then(common.mustCall());
      }));
    }));
  }));
}));
fs.chown(common.tmpdir.resolve('nope'), uid, gid, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
}));
assert.throws(() => fs.fchmod(fd, 'abc', common.mustNotCall()),
              common.expectsError({ code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' }));

async function promisesPart() {
  await fs.promises.chown(file, uid, gid);
  await fs.promises.lchown(link, uid, gid);
  assert.deepStrictEqual(owner(link, true), [uid, gid]);
  await assert.rejects(fs.promises.chown(common.tmpdir.resolve('nope'), uid, gid),
                       { code: 'ENOENT' });
  await assert.rejects(fs.promises.lchown(link, 'x', gid), typeErr);
  const fh = await fs.promises.open(file, 'r');
  assert.strictEqual(await fh.chown(uid, gid), undefined);
  assert.deepStrictEqual(owner(file), [uid, gid]);
  await fh.close();
  await assert.rejects(fh.chown(uid, gid), { code: 'EBADF' });
}
