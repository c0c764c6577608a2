// covers: fs.accessSync, fs.access, fs.promises.access, fs.constants.F_OK, fs.constants.R_OK, fs.constants.W_OK, fs.constants.X_OK
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const f = path.join(dir, 'acc.txt');
fs.writeFileSync(f, '');

assert.strictEqual(fs.constants.F_OK, 0);
assert.strictEqual(fs.constants.R_OK, 4);
assert.strictEqual(fs.constants.W_OK, 2);
assert.strictEqual(fs.constants.X_OK, 1);

assert.strictEqual(fs.accessSync(f), undefined);
fs.accessSync(f, fs.constants.R_OK | fs.constants.W_OK);
fs.accessSync(dir, fs.constants.X_OK);

const missing = path.join(dir, 'missing');
assert.throws(() => fs.accessSync(missing), {
  code: 'ENOENT',
  errno: -2,
  syscall: 'access',
  path: missing,
  message: `ENOENT: no such file or directory, access '${missing}'`,
});
if (!common.isWindows) {
  // Not executable. (root ignores R/W bits but not X for files without any x bit.)
  fs.chmodSync(f, 0o644);
  assert.throws(() => fs.accessSync(f, fs.constants.X_OK), {
    code: 'EACCES',
    syscall: 'access',
    message: `EACCES: permission denied, access '${f}'`,
  });
}
assert.throws(() => fs.accessSync(f, 8), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'mode is out of range: >= 0 && <= 7',
}));

fs.access(f, common.mustSucceed());
fs.access(missing, fs.constants.F_OK, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
}));
fs.promises.access(f, fs.constants.R_OK).then(common.mustCall((v) => assert.strictEqual(v, undefined)));
assert.rejects(fs.promises.access(missing), { code: 'ENOENT' }).then(common.mustCall());
