// covers: fs.copyFileSync, fs.copyFile, fs.promises.copyFile, fs.constants.COPYFILE_EXCL
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const src = path.join(dir, 'src.bin');
const dst = path.join(dir, 'dst.bin');
const data = Buffer.alloc(70000);
for (let i = 0; i < data.length; i++) data[i] = i % 251;
fs.writeFileSync(src, data);

assert.strictEqual(fs.copyFileSync(src, dst), undefined);
assert.deepStrictEqual(fs.readFileSync(dst), data);

// Overwrites by default; COPYFILE_EXCL refuses.
fs.writeFileSync(dst, 'old');
fs.copyFileSync(src, dst);
assert.strictEqual(fs.statSync(dst).size, data.length);
assert.throws(() => fs.copyFileSync(src, dst, fs.constants.COPYFILE_EXCL), {
  code: 'EEXIST',
  syscall: 'copyfile',
  message: `EEXIST: file already exists, copyfile '${src}' -> '${dst}'`,
});

const missing = path.join(dir, 'missing');
assert.throws(() => fs.copyFileSync(missing, dst), {
  code: 'ENOENT',
  syscall: 'copyfile',
  path: missing,
  dest: dst,
  message: `ENOENT: no such file or directory, copyfile '${missing}' -> '${dst}'`,
});
assert.throws(() => fs.copyFileSync(src, dst, 'x'), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
}));
assert.throws(() => fs.copyFileSync(src, dst, 8), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
}));

const dst2 = path.join(dir, 'cb.bin');
fs.copyFile(src, dst2, common.mustSucceed(() => {
  assert.deepStrictEqual(fs.readFileSync(dst2), data);
  fs.copyFile(src, dst2, fs.constants.COPYFILE_EXCL, common.mustCall((err) => {
    assert.strictEqual(err.code, 'EEXIST');
  }));
}));
fs.promises.copyFile(src, path.join(dir, 'p.bin')).then(common.mustCall(() => {
  assert.strictEqual(fs.statSync(path.join(dir, 'p.bin')).size, data.length);
}));
