// covers: fs.BigIntStats.prototype.isFile, fs.BigIntStats.prototype.isDirectory
// covers: fs.BigIntStats.prototype.isSymbolicLink, fs.BigIntStats.prototype.isFIFO
// covers: fs.BigIntStats.prototype.isSocket, fs.BigIntStats.prototype.isBlockDevice
// covers: fs.BigIntStats.prototype.isCharacterDevice
// covers: fs.Dirent.prototype.isBlockDevice, fs.Dirent.prototype.isCharacterDevice
// covers: fs.Dirent.prototype.isFIFO, fs.Dirent.prototype.isSocket
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

common.tmpdir.refresh();
const file = common.tmpdir.resolve('file');
const dir = common.tmpdir.resolve('dir');
const link = common.tmpdir.resolve('link');
fs.writeFileSync(file, 'x');
fs.mkdirSync(dir);
fs.symlinkSync(file, link);

const predicates = ['isFile', 'isDirectory', 'isSymbolicLink', 'isFIFO', 'isSocket',
                    'isBlockDevice', 'isCharacterDevice'];
// Exactly the named predicate is true.
function only(obj, expected, what) {
  for (const p of predicates) {
    assert.strictEqual(obj[p](), p === expected, `${what}.${p}()`);
  }
}

// BigIntStats answers like Stats.
only(fs.statSync(file, { bigint: true }), 'isFile', 'file');
only(fs.statSync(dir, { bigint: true }), 'isDirectory', 'dir');
only(fs.lstatSync(link, { bigint: true }), 'isSymbolicLink', 'link');
only(fs.statSync(link, { bigint: true }), 'isFile', 'link target');
assert.strictEqual(typeof fs.statSync(file, { bigint: true }).mode, 'bigint');

// Dirents from readdir.
const entries = new Map(fs.readdirSync(common.tmpdir.path, { withFileTypes: true })
  .map((d) => [d.name, d]));
only(entries.get('file'), 'isFile', 'dirent file');
only(entries.get('dir'), 'isDirectory', 'dirent dir');
only(entries.get('link'), 'isSymbolicLink', 'dirent link');

// Device files, where the platform has them.
if (!common.isWindows && fs.existsSync('/dev/null')) {
  only(fs.statSync('/dev/null', { bigint: true }), 'isCharacterDevice', '/dev/null');
  const nul = fs.readdirSync('/dev', { withFileTypes: true }).find((d) => d.name === 'null');
  // Some file systems report no type in readdir; then every predicate is false.
  if (!nul.isCharacterDevice()) {
    for (const p of predicates) assert.strictEqual(nul[p](), false, p);
  }
  // A block device, if one is visible.
  const block = fs.readdirSync('/dev', { withFileTypes: true }).find((d) => d.isBlockDevice());
  if (block) {
    only(block, 'isBlockDevice', `/dev/${block.name}`);
    only(fs.statSync(`/dev/${block.name}`, { bigint: true }), 'isBlockDevice', 'block stat');
  }
}
