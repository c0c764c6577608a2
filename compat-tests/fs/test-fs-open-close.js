// covers: fs.openSync, fs.closeSync, fs.open, fs.close
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const f = path.join(dir, 'o.txt');
fs.writeFileSync(f, 'data');

const fd = fs.openSync(f);
assert.strictEqual(typeof fd, 'number');
assert.ok(Number.isInteger(fd) && fd > 2);
assert.strictEqual(fs.closeSync(fd), undefined);
// Closing twice fails with EBADF.
assert.throws(() => fs.closeSync(fd), {
  code: 'EBADF',
  syscall: 'close',
  message: 'EBADF: bad file descriptor, close',
});

const missing = path.join(dir, 'missing');
assert.throws(() => fs.openSync(missing, 'r'), {
  code: 'ENOENT',
  syscall: 'open',
  path: missing,
  message: `ENOENT: no such file or directory, open '${missing}'`,
});
assert.throws(() => fs.openSync(f, 'bogus'), common.expectsError({
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: "The argument 'flags' is invalid. Received 'bogus'",
}));
assert.throws(() => fs.closeSync('1'), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fd" argument must be of type number. Received type string (\'1\')',
}));
assert.throws(() => fs.closeSync(-1), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received -1',
}));

fs.open(f, 'r', common.mustSucceed((fd2) => {
  assert.strictEqual(typeof fd2, 'number');
  fs.close(fd2, common.mustSucceed());
}));
fs.open(missing, common.mustCall((err, fd3) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(fd3, undefined);
}));
// close callback is optional.
fs.close(fs.openSync(f));
