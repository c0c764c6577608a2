// covers: fs.rmSync, fs.rm, fs.promises.rm
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const f = path.join(dir, 'f.txt');
fs.writeFileSync(f, 'x');
assert.strictEqual(fs.rmSync(f), undefined);
assert.strictEqual(fs.existsSync(f), false);

// Missing file: ENOENT unless force.
assert.throws(() => fs.rmSync(f), {
  code: 'ENOENT',
  syscall: 'lstat',
  message: `ENOENT: no such file or directory, lstat '${f}'`,
});
fs.rmSync(f, { force: true });

// Directories need recursive.
const tree = path.join(dir, 'tree');
fs.mkdirSync(path.join(tree, 'a', 'b'), { recursive: true });
fs.writeFileSync(path.join(tree, 'a', 'b', 'leaf'), '');
assert.throws(() => fs.rmSync(tree), (err) => {
  assert.strictEqual(err.code, 'ERR_FS_EISDIR');
  assert.strictEqual(err.name, 'SystemError');
  assert.match(err.message, /^Path is a directory: rm returned EISDIR \(is a directory\) /);
  return true;
});
fs.rmSync(tree, { recursive: true });
assert.strictEqual(fs.existsSync(tree), false);

// Empty directory with recursive.
fs.mkdirSync(path.join(dir, 'empty'));
fs.rmSync(path.join(dir, 'empty'), { recursive: true, force: true });

const cbDir = path.join(dir, 'cb');
fs.mkdirSync(path.join(cbDir, 'x'), { recursive: true });
fs.rm(cbDir, { recursive: true }, common.mustSucceed(() => {
  assert.strictEqual(fs.existsSync(cbDir), false);
  fs.rm(cbDir, common.mustCall((err) => assert.strictEqual(err.code, 'ENOENT')));
}));

const pDir = path.join(dir, 'p');
fs.mkdirSync(pDir);
fs.promises.rm(pDir, { recursive: true }).then(common.mustCall(async () => {
  assert.strictEqual(fs.existsSync(pDir), false);
  await fs.promises.rm(pDir, { force: true });
}));
