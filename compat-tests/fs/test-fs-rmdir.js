// covers: fs.rmdirSync, fs.rmdir, fs.promises.rmdir
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const d = path.join(dir, 'd');
fs.mkdirSync(d);
assert.strictEqual(fs.rmdirSync(d), undefined);
assert.strictEqual(fs.existsSync(d), false);

assert.throws(() => fs.rmdirSync(d), {
  code: 'ENOENT',
  syscall: 'rmdir',
  message: `ENOENT: no such file or directory, rmdir '${d}'`,
});

fs.mkdirSync(d);
fs.writeFileSync(path.join(d, 'x'), '');
assert.throws(() => fs.rmdirSync(d), {
  code: 'ENOTEMPTY',
  syscall: 'rmdir',
  path: d,
  message: `ENOTEMPTY: directory not empty, rmdir '${d}'`,
});

const file = path.join(dir, 'file');
fs.writeFileSync(file, '');
assert.throws(() => fs.rmdirSync(file), {
  code: 'ENOTDIR',
  syscall: 'rmdir',
  message: `ENOTDIR: not a directory, rmdir '${file}'`,
});

const e = path.join(dir, 'e');
fs.mkdirSync(e);
fs.rmdir(e, common.mustSucceed(() => {
  assert.strictEqual(fs.existsSync(e), false);
}));
fs.promises.rmdir(d).catch(common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOTEMPTY');
}));
