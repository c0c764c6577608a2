// covers: fs.renameSync, fs.rename, fs.promises.rename
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const a = path.join(dir, 'a.txt');
const b = path.join(dir, 'b.txt');
fs.writeFileSync(a, 'A');
fs.renameSync(a, b);
assert.strictEqual(fs.existsSync(a), false);
assert.strictEqual(fs.readFileSync(b, 'utf8'), 'A');

// Renaming over an existing file replaces it.
fs.writeFileSync(a, 'new');
fs.renameSync(a, b);
assert.strictEqual(fs.readFileSync(b, 'utf8'), 'new');

// Directories can be renamed.
fs.mkdirSync(path.join(dir, 'd1'));
fs.renameSync(path.join(dir, 'd1'), path.join(dir, 'd2'));
assert.ok(fs.statSync(path.join(dir, 'd2')).isDirectory());

const missing = path.join(dir, 'missing');
assert.throws(() => fs.renameSync(missing, a), {
  code: 'ENOENT',
  syscall: 'rename',
  path: missing,
  dest: a,
  message: `ENOENT: no such file or directory, rename '${missing}' -> '${a}'`,
});

fs.rename(b, a, common.mustSucceed(() => {
  assert.strictEqual(fs.readFileSync(a, 'utf8'), 'new');
  fs.promises.rename(a, b).then(common.mustCall(() => {
    assert.ok(fs.existsSync(b));
  }));
}));
fs.rename(missing, b + 'x', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.dest, b + 'x');
}));
