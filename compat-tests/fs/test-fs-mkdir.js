// covers: fs.mkdirSync, fs.mkdir, fs.promises.mkdir
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const d = path.join(dir, 'one');
assert.strictEqual(fs.mkdirSync(d), undefined);
assert.ok(fs.statSync(d).isDirectory());

assert.throws(() => fs.mkdirSync(d), {
  code: 'EEXIST',
  errno: -17,
  syscall: 'mkdir',
  path: d,
  message: `EEXIST: file already exists, mkdir '${d}'`,
});
const nested = path.join(dir, 'x', 'y');
assert.throws(() => fs.mkdirSync(nested), {
  code: 'ENOENT',
  syscall: 'mkdir',
  message: `ENOENT: no such file or directory, mkdir '${nested}'`,
});

// Mode as number or octal string.
const m = path.join(dir, 'mode');
fs.mkdirSync(m, 0o700);
if (!common.isWindows) assert.strictEqual(fs.statSync(m).mode & 0o777, 0o700);
const m2 = path.join(dir, 'mode2');
fs.mkdirSync(m2, { mode: '750' });
if (!common.isWindows) assert.strictEqual(fs.statSync(m2).mode & 0o700, 0o700);

assert.throws(() => fs.mkdirSync(path.join(dir, 'r'), { recursive: 'yes' }), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "options.recursive" property must be of type boolean. Received type string (\'yes\')',
}));

fs.mkdir(path.join(dir, 'cb'), common.mustSucceed((result) => {
  assert.strictEqual(result, undefined);
  fs.mkdir(path.join(dir, 'cb'), common.mustCall((err) => {
    assert.strictEqual(err.code, 'EEXIST');
  }));
}));
fs.promises.mkdir(path.join(dir, 'p')).then(common.mustCall((r) => {
  assert.strictEqual(r, undefined);
  return assert.rejects(fs.promises.mkdir(path.join(dir, 'p')), { code: 'EEXIST' });
}));
