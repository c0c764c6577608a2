// covers: fs.symlinkSync, fs.symlink, fs.promises.symlink, fs.readlinkSync, fs.readlink, fs.promises.readlink
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

if (common.isWindows) common.skip('symlinks need privileges on Windows');

const dir = common.tmpdir.refresh();
fs.writeFileSync(path.join(dir, 'target'), 'T');

// Relative link targets are stored verbatim.
const rel = path.join(dir, 'rel');
fs.symlinkSync('target', rel);
assert.strictEqual(fs.readlinkSync(rel), 'target');
assert.strictEqual(fs.readFileSync(rel, 'utf8'), 'T');
assert.deepStrictEqual(fs.readlinkSync(rel, 'buffer'), Buffer.from('target'));
assert.strictEqual(fs.readlinkSync(rel, { encoding: 'hex' }), Buffer.from('target').toString('hex'));

const abs = path.join(dir, 'abs');
fs.symlinkSync(path.join(dir, 'target'), abs);
assert.strictEqual(fs.readlinkSync(abs), path.join(dir, 'target'));

assert.throws(() => fs.symlinkSync('target', rel), {
  code: 'EEXIST',
  syscall: 'symlink',
  path: 'target',
  dest: rel,
  message: `EEXIST: file already exists, symlink 'target' -> '${rel}'`,
});
const notLink = path.join(dir, 'target');
assert.throws(() => fs.readlinkSync(notLink), {
  code: 'EINVAL',
  syscall: 'readlink',
  message: `EINVAL: invalid argument, readlink '${notLink}'`,
});
const missing = path.join(dir, 'missing');
assert.throws(() => fs.readlinkSync(missing), {
  code: 'ENOENT',
  syscall: 'readlink',
});

fs.symlink('target', path.join(dir, 'cb'), common.mustSucceed(() => {
  fs.readlink(path.join(dir, 'cb'), common.mustSucceed((t) => assert.strictEqual(t, 'target')));
}));
fs.promises.symlink('target', path.join(dir, 'p'), 'file').then(common.mustCall(async () => {
  assert.strictEqual(await fs.promises.readlink(path.join(dir, 'p')), 'target');
}));
