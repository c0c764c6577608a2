// covers: fs.cpSync, fs.cp, fs.promises.cp
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const src = path.join(dir, 'src');
fs.mkdirSync(path.join(src, 'nested', 'deeper'), { recursive: true });
fs.writeFileSync(path.join(src, 'a.txt'), 'A');
fs.writeFileSync(path.join(src, 'nested', 'b.txt'), 'B');
fs.writeFileSync(path.join(src, 'nested', 'deeper', 'c.txt'), 'C');

// Copying a directory requires recursive.
assert.throws(() => fs.cpSync(src, path.join(dir, 'x')), (err) => {
  assert.strictEqual(err.code, 'ERR_FS_EISDIR');
  return true;
});

const dst = path.join(dir, 'dst');
fs.cpSync(src, dst, { recursive: true });
assert.strictEqual(fs.readFileSync(path.join(dst, 'nested', 'deeper', 'c.txt'), 'utf8'), 'C');
assert.strictEqual(fs.readFileSync(path.join(dst, 'a.txt'), 'utf8'), 'A');

// Single file copy.
fs.cpSync(path.join(src, 'a.txt'), path.join(dir, 'single.txt'));
assert.strictEqual(fs.readFileSync(path.join(dir, 'single.txt'), 'utf8'), 'A');

// filter option.
const filtered = path.join(dir, 'filtered');
fs.cpSync(src, filtered, { recursive: true, filter: (s) => !s.endsWith('b.txt') });
assert.strictEqual(fs.existsSync(path.join(filtered, 'nested', 'b.txt')), false);
assert.strictEqual(fs.existsSync(path.join(filtered, 'a.txt')), true);

// errorOnExist with force: false.
fs.writeFileSync(path.join(dir, 'single.txt'), 'changed');
assert.throws(() => fs.cpSync(path.join(src, 'a.txt'), path.join(dir, 'single.txt'),
                              { force: false, errorOnExist: true }), (err) => {
  assert.strictEqual(err.code, 'ERR_FS_CP_EEXIST');
  return true;
});
// force: false without errorOnExist silently keeps the target.
fs.cpSync(path.join(src, 'a.txt'), path.join(dir, 'single.txt'), { force: false });
assert.strictEqual(fs.readFileSync(path.join(dir, 'single.txt'), 'utf8'), 'changed');

// Copying a directory into itself is rejected.
assert.throws(() => fs.cpSync(src, path.join(src, 'nested', 'self'), { recursive: true }),
              (err) => err.code === 'ERR_FS_CP_EINVAL');

fs.cp(src, path.join(dir, 'cb'), { recursive: true }, common.mustSucceed(() => {
  assert.ok(fs.existsSync(path.join(dir, 'cb', 'nested', 'b.txt')));
}));
fs.promises.cp(src, path.join(dir, 'p'), { recursive: true }).then(common.mustCall(() => {
  assert.ok(fs.existsSync(path.join(dir, 'p', 'nested', 'deeper', 'c.txt')));
}));
