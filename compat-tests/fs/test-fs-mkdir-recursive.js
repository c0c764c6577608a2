// covers: fs.mkdirSync, fs.mkdir, fs.promises.mkdir
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();

// Returns the first directory created.
const deep = path.join(dir, 'a', 'b', 'c');
assert.strictEqual(fs.mkdirSync(deep, { recursive: true }), path.join(dir, 'a'));
assert.ok(fs.statSync(deep).isDirectory());
// Already exists: no error, returns undefined.
assert.strictEqual(fs.mkdirSync(deep, { recursive: true }), undefined);
assert.strictEqual(fs.mkdirSync(path.join(dir, 'a', 'b', 'c2'), { recursive: true }),
                   path.join(dir, 'a', 'b', 'c2'));

// A file in the way fails.
const file = path.join(dir, 'file');
fs.writeFileSync(file, '');
assert.throws(() => fs.mkdirSync(path.join(file, 'sub'), { recursive: true }), {
  code: 'ENOTDIR',
  syscall: 'mkdir',
});
assert.throws(() => fs.mkdirSync(file, { recursive: true }), { code: 'EEXIST' });

fs.mkdir(path.join(dir, 'cb', 'x'), { recursive: true }, common.mustSucceed((first) => {
  assert.strictEqual(first, path.join(dir, 'cb'));
}));
fs.promises.mkdir(path.join(dir, 'p', 'q', 'r'), { recursive: true }).then(common.mustCall((first) => {
  assert.strictEqual(first, path.join(dir, 'p'));
  return fs.promises.mkdir(path.join(dir, 'p', 'q'), { recursive: true });
})).then(common.mustCall((again) => assert.strictEqual(again, undefined)));
