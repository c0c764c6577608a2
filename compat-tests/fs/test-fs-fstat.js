// covers: fs.fstatSync, fs.fstat, fs.promises.FileHandle.prototype.stat
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const f = path.join(dir, 'fs.txt');
fs.writeFileSync(f, 'fstat!');

const fd = fs.openSync(f, 'r');
const st = fs.fstatSync(fd);
assert.strictEqual(st.size, 6);
assert.strictEqual(st.isFile(), true);
assert.strictEqual(st.ino, fs.statSync(f).ino);
assert.strictEqual(typeof fs.fstatSync(fd, { bigint: true }).size, 'bigint');

fs.fstat(fd, common.mustSucceed((s) => {
  assert.strictEqual(s.size, 6);
  fs.closeSync(fd);
  assert.throws(() => fs.fstatSync(fd), {
    code: 'EBADF',
    syscall: 'fstat',
    message: 'EBADF: bad file descriptor, fstat',
  });
}));

assert.throws(() => fs.fstatSync('0'), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
}));

fs.promises.open(f).then(common.mustCall(async (fh) => {
  const s = await fh.stat();
  assert.strictEqual(s.size, 6);
  await fh.close();
}));
