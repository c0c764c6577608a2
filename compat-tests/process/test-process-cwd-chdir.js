// covers: process.cwd, process.chdir
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const original = process.cwd();
assert.ok(path.isAbsolute(original));
const dir = common.tmpdir.refresh();
const sub = path.join(dir, 'sub dir');
fs.mkdirSync(sub);
process.chdir(sub);
assert.strictEqual(fs.realpathSync(process.cwd()), fs.realpathSync(sub));
// Relative chdir is resolved against the current directory.
process.chdir('..');
assert.strictEqual(fs.realpathSync(process.cwd()), fs.realpathSync(dir));
process.chdir(original);
assert.strictEqual(process.cwd(), original);

assert.throws(() => process.chdir(path.join(dir, 'does-not-exist')), (err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'chdir');
  assert.match(err.message, /^ENOENT: no such file or directory, chdir /);
  return true;
});
assert.throws(() => process.chdir(42), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  message: 'The "directory" argument must be of type string. Received type number (42)',
}));
assert.strictEqual(process.cwd(), original);
