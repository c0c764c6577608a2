// covers: fs.readdirSync, fs.promises.readdir, fs.Dirent, fs.Dirent.prototype.isFile, fs.Dirent.prototype.isDirectory, fs.Dirent.prototype.isSymbolicLink
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
fs.writeFileSync(path.join(dir, 'file'), '');
fs.mkdirSync(path.join(dir, 'folder'));
if (!common.isWindows) fs.symlinkSync('file', path.join(dir, 'link'));

const entries = fs.readdirSync(dir, { withFileTypes: true });
const byName = Object.fromEntries(entries.map((e) => [e.name, e]));
assert.ok(entries.every((e) => e instanceof fs.Dirent));
assert.strictEqual(byName.file.isFile(), true);
assert.strictEqual(byName.file.isDirectory(), false);
assert.strictEqual(byName.folder.isDirectory(), true);
assert.strictEqual(byName.folder.isFile(), false);
assert.strictEqual(byName.file.isFIFO(), false);
assert.strictEqual(byName.file.isSocket(), false);
assert.strictEqual(byName.file.isBlockDevice(), false);
assert.strictEqual(byName.file.isCharacterDevice(), false);
if (!common.isWindows) {
  // The dirent describes the link itself, not its target.
  assert.strictEqual(byName.link.isSymbolicLink(), true);
  assert.strictEqual(byName.link.isFile(), false);
}
assert.strictEqual(byName.file.parentPath, dir);

fs.promises.readdir(dir, { withFileTypes: true }).then(common.mustCall((list) => {
  const folder = list.find((e) => e.name === 'folder');
  assert.strictEqual(folder.isDirectory(), true);
}));
fs.readdir(dir, { withFileTypes: true }, common.mustSucceed((list) => {
  assert.ok(list.some((e) => e.name === 'file' && e.isFile()));
}));
