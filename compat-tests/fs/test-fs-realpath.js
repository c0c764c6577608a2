// covers: fs.realpathSync, fs.realpath, fs.promises.realpath, fs.realpathSync.native, fs.realpath.native
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

if (common.isWindows) common.skip('symlinks need privileges on Windows');

// The tmp dir itself may live behind a symlink (e.g. macOS /tmp).
const dir = fs.realpathSync(common.tmpdir.refresh());
fs.mkdirSync(path.join(dir, 'real', 'inner'), { recursive: true });
fs.symlinkSync(path.join(dir, 'real'), path.join(dir, 'link'));
fs.symlinkSync('link', path.join(dir, 'link2'));

const viaLink = path.join(dir, 'link2', 'inner');
assert.strictEqual(fs.realpathSync(viaLink), path.join(dir, 'real', 'inner'));
assert.strictEqual(fs.realpathSync.native(viaLink), path.join(dir, 'real', 'inner'));
assert.strictEqual(fs.realpathSync(path.join(dir, 'real', '..', 'real', '.')), path.join(dir, 'real'));
assert.ok(Buffer.isBuffer(fs.realpathSync(viaLink, 'buffer')));

const missing = path.join(dir, 'missing');
assert.throws(() => fs.realpathSync(missing), { code: 'ENOENT' });
assert.throws(() => fs.realpathSync.native(missing), { code: 'ENOENT', syscall: 'realpath' });

// A symlink loop.
fs.symlinkSync('loop2', path.join(dir, 'loop1'));
fs.symlinkSync('loop1', path.join(dir, 'loop2'));
assert.throws(() => fs.realpathSync(path.join(dir, 'loop1')), { code: 'ELOOP' });

fs.realpath(viaLink, common.mustSucceed((p) => {
  assert.strictEqual(p, path.join(dir, 'real', 'inner'));
}));
fs.realpath.native(viaLink, common.mustSucceed((p) => {
  assert.strictEqual(p, path.join(dir, 'real', 'inner'));
}));
fs.promises.realpath(viaLink).then(common.mustCall((p) => {
  assert.strictEqual(p, path.join(dir, 'real', 'inner'));
}));
