// covers: fs.statfs, fs.statfsSync, fs.promises.statfs
// covers: fs.mkdtempDisposableSync, fs.promises.mkdtempDisposable
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

common.tmpdir.refresh();
const fields = ['type', 'bsize', 'blocks', 'bfree', 'bavail', 'files', 'ffree'];

// statfs: numbers describing the file system holding the path.
const s = fs.statfsSync(common.tmpdir.path);
for (const f of fields) {
  assert.strictEqual(typeof s[f], 'number', f);
  assert.ok(s[f] >= 0, f);
}
assert.ok(s.bsize > 0);
assert.ok(s.bfree <= s.blocks);
assert.ok(s.bavail <= s.bfree);
const big = fs.statfsSync(common.tmpdir.path, { bigint: true });
for (const f of fields) assert.strictEqual(typeof big[f], 'bigint', f);
assert.strictEqual(big.bsize, BigInt(s.bsize));
assert.throws(() => fs.statfsSync(common.tmpdir.resolve('missing')), { code: 'ENOENT' });

fs.statfs(common.tmpdir.path, common.mustSucceed((st) => {
  assert.strictEqual(st.bsize, s.bsize);
  assert.strictEqual(st.type, s.type);
}));
fs.statfs(common.tmpdir.resolve('missing'), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
}));

// mkdtempDisposableSync: a fresh directory plus a way to remove it with its contents.
const prefix = path.join(common.tmpdir.path, 'disp-');
const d = fs.mkdtempDisposableSync(prefix);
assert.ok(d.path.startsWith(prefix));
assert.strictEqual(d.path.length, prefix.length + 6);
assert.ok(fs.statSync(d.path).isDirectory());
fs.writeFileSync(path.join(d.path, 'inside'), 'x');
assert.strictEqual(typeof d[Symbol.dispose], 'function');
d.remove();
assert.strictEqual(fs.existsSync(d.path), false);
d.remove();   // removing again is fine
{
  // With `using`-style disposal.
  const d2 = fs.mkdtempDisposableSync(prefix);
  assert.notStrictEqual(d2.path, d.path);
  d2[Symbol.dispose]();
  assert.strictEqual(fs.existsSync(d2.path), false);
}
assert.throws(() => fs.mkdtempDisposableSync(path.join(common.tmpdir.path, 'no', 'such-')),
              { code: 'ENOENT' });

(async () => {
  const st = await fs.promises.statfs(common.tmpdir.path, { bigint: true });
  assert.strictEqual(typeof st.blocks, 'bigint');
  await assert.rejects(fs.promises.statfs(common.tmpdir.resolve('missing')), { code: 'ENOENT' });

  const ad = await fs.promises.mkdtempDisposable(prefix);
  assert.ok(fs.statSync(ad.path).isDirectory());
  fs.mkdirSync(path.join(ad.path, 'nested'));
  const r = ad.remove();
  assert.ok(r instanceof Promise);
  await r;
  assert.strictEqual(fs.existsSync(ad.path), false);
  const ad2 = await fs.promises.mkdtempDisposable(prefix);
  await ad2[Symbol.asyncDispose]();
  assert.strictEqual(fs.existsSync(ad2.path), false);
})().then(common.mustCall());
