// covers: fs.opendirSync, fs.opendir, fs.promises.opendir, fs.Dir, fs.Dir.prototype.readSync, fs.Dir.prototype.read, fs.Dir.prototype.closeSync, fs.Dir.prototype.close, fs.Dir.prototype.path
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
for (const n of ['x', 'y', 'z']) fs.writeFileSync(path.join(dir, n), n);
fs.mkdirSync(path.join(dir, 'sub'));

const d = fs.opendirSync(dir);
assert.ok(d instanceof fs.Dir);
assert.strictEqual(d.path, dir);
const seen = [];
let ent;
while ((ent = d.readSync()) !== null) {
  assert.ok(ent instanceof fs.Dirent);
  seen.push(ent.name + (ent.isDirectory() ? '/' : ''));
}
assert.deepStrictEqual(seen.sort(), ['sub/', 'x', 'y', 'z']);
d.closeSync();
assert.throws(() => d.closeSync(), common.expectsError({
  code: 'ERR_DIR_CLOSED',
  name: 'Error',
  message: 'Directory handle was closed',
}));
assert.throws(() => d.readSync(), common.expectsError({ code: 'ERR_DIR_CLOSED' }));

const missing = path.join(dir, 'missing');
assert.throws(() => fs.opendirSync(missing), {
  code: 'ENOENT',
  syscall: 'opendir',
  message: /^ENOENT: no such file or directory, opendir/,
});

// Async iteration closes the handle automatically.
fs.promises.opendir(dir).then(common.mustCall(async (dh) => {
  const names = [];
  for await (const e of dh) names.push(e.name);
  assert.strictEqual(names.length, 4);
  await assert.rejects(dh.close(), { code: 'ERR_DIR_CLOSED' });
}));

// Callback API with promise-returning read().
fs.opendir(dir, common.mustSucceed(async (dh) => {
  const first = await dh.read();
  assert.ok(first instanceof fs.Dirent);
  dh.read(common.mustSucceed((second) => {
    assert.ok(second instanceof fs.Dirent);
    assert.notStrictEqual(second.name, first.name);
    dh.close(common.mustSucceed());
  }));
}));
