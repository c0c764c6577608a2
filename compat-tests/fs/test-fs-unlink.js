// covers: fs.unlinkSync, fs.unlink, fs.promises.unlink
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const f = path.join(dir, 'u.txt');
fs.writeFileSync(f, '');
assert.strictEqual(fs.unlinkSync(f), undefined);
assert.strictEqual(fs.existsSync(f), false);

assert.throws(() => fs.unlinkSync(f), {
  code: 'ENOENT',
  errno: -2,
  syscall: 'unlink',
  path: f,
  message: `ENOENT: no such file or directory, unlink '${f}'`,
});
// unlink on a directory fails (EISDIR on Linux, EPERM elsewhere).
assert.throws(() => fs.unlinkSync(dir), (err) => ['EISDIR', 'EPERM'].includes(err.code));

const g = path.join(dir, 'g.txt');
fs.writeFileSync(g, '');
fs.unlink(g, common.mustSucceed(() => {
  fs.unlink(g, common.mustCall((err) => {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.syscall, 'unlink');
  }));
}));

const h = path.join(dir, 'h.txt');
fs.writeFileSync(h, '');
fs.promises.unlink(h).then(common.mustCall(() => {
  assert.strictEqual(fs.existsSync(h), false);
}));
