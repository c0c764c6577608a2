// covers: fs.chmodSync, fs.chmod, fs.promises.chmod, fs.fchmodSync
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

if (common.isWindows) common.skip('POSIX permission bits');

const dir = common.tmpdir.refresh();
const f = path.join(dir, 'perm.txt');
fs.writeFileSync(f, '');

fs.chmodSync(f, 0o640);
assert.strictEqual(fs.statSync(f).mode & 0o777, 0o640);
// Octal strings are accepted.
fs.chmodSync(f, '600');
assert.strictEqual(fs.statSync(f).mode & 0o777, 0o600);

const fd = fs.openSync(f, 'r');
fs.fchmodSync(fd, 0o644);
fs.closeSync(fd);
assert.strictEqual(fs.statSync(f).mode & 0o777, 0o644);

assert.throws(() => fs.chmodSync(f, 'abc'), common.expectsError({
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: "The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received 'abc'",
}));
assert.throws(() => fs.chmodSync(f, {}), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE' }));
const missing = path.join(dir, 'missing');
assert.throws(() => fs.chmodSync(missing, 0o600), {
  code: 'ENOENT',
  syscall: 'chmod',
  message: `ENOENT: no such file or directory, chmod '${missing}'`,
});

fs.chmod(f, 0o400, common.mustSucceed(() => {
  assert.strictEqual(fs.statSync(f).mode & 0o777, 0o400);
  fs.promises.chmod(f, 0o660).then(common.mustCall(() => {
    assert.strictEqual(fs.statSync(f).mode & 0o777, 0o660);
  }));
}));
