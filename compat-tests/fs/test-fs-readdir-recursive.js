// covers: fs.readdirSync, fs.readdir, fs.promises.readdir, fs.Dirent
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
fs.mkdirSync(path.join(dir, 'a', 'b', 'c'), { recursive: true });
fs.writeFileSync(path.join(dir, 'top.txt'), '');
fs.writeFileSync(path.join(dir, 'a', 'one.txt'), '');
fs.writeFileSync(path.join(dir, 'a', 'b', 'c', 'deep.txt'), '');

const expected = ['a', 'a/b', 'a/b/c', 'a/b/c/deep.txt', 'a/one.txt', 'top.txt']
  .map((p) => p.split('/').join(path.sep)).sort();

assert.deepStrictEqual(fs.readdirSync(dir, { recursive: true }).sort(), expected);

const dirents = fs.readdirSync(dir, { recursive: true, withFileTypes: true });
assert.strictEqual(dirents.length, 6);
const deep = dirents.find((d) => d.name === 'deep.txt');
assert.strictEqual(deep.parentPath, path.join(dir, 'a', 'b', 'c'));
assert.strictEqual(deep.isFile(), true);
assert.strictEqual(dirents.filter((d) => d.isDirectory()).length, 3);

fs.readdir(dir, { recursive: true }, common.mustSucceed((list) => {
  assert.deepStrictEqual(list.sort(), expected);
}));
fs.promises.readdir(dir, { recursive: true }).then(common.mustCall((list) => {
  assert.deepStrictEqual(list.sort(), expected);
}));
