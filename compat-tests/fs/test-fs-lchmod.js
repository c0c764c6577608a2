// covers: fs.lchmod, fs.lchmodSync, fs.promises.lchmod
'use strict';
// lchmod exists only on macOS. Elsewhere fs.lchmod/fs.lchmodSync are present but undefined and
// fs.promises.lchmod rejects with ERR_METHOD_NOT_IMPLEMENTED.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

common.tmpdir.refresh();
const target = common.tmpdir.resolve('target.txt');
const link = common.tmpdir.resolve('link');
fs.writeFileSync(target, 'x');
fs.chmodSync(target, 0o644);
fs.symlinkSync(target, link);

if (common.isMacOS) {
  // Changes the link's own mode, not the target's.
  fs.lchmodSync(link, 0o600);
  assert.strictEqual(fs.lstatSync(link).mode & 0o777, 0o600);
  assert.strictEqual(fs.statSync(target).mode & 0o777, 0o644);
  fs.lchmod(link, 0o640, common.mustSucceed(() => {
    assert.strictEqual(fs.lstatSync(link).mode & 0o777, 0o640);
    fs.promises.lchmod(link, 0o400).then(common.mustCall(() => {
      assert.strictEqual(fs.lstatSync(link).mode & 0o777, 0o400);
      assert.strictEqual(fs.statSync(target).mode & 0o777, 0o644);
    }));
  }));
} else {
  assert.ok('lchmod' in fs);
  assert.ok('lchmodSync' in fs);
  assert.strictEqual(fs.lchmod, undefined);
  assert.strictEqual(fs.lchmodSync, undefined);
  assert.strictEqual(typeof fs.promises.lchmod, 'function');
  const notImplemented = { code: 'ERR_METHOD_NOT_IMPLEMENTED', name: 'Error',
                           message: 'The lchmod() method is not implemented' };
  (async () => {
    await assert.rejects(fs.promises.lchmod(link, 0o600), notImplemented);
    // Reported before any argument check, and nothing changes.
    await assert.rejects(fs.promises.lchmod(1, 'bad mode'), notImplemented);
    assert.strictEqual(fs.statSync(target).mode & 0o777, 0o644);
  })().then(common.mustCall());
}
