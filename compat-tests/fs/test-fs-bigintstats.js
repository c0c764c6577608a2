// covers: fs.BigIntStats
'use strict';
// The (unexported) class of stat results requested with { bigint: true }.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

common.tmpdir.refresh();
const file = common.tmpdir.resolve('f.txt');
fs.writeFileSync(file, 'hello');

const s = fs.statSync(file, { bigint: true });
const BigIntStats = s.constructor;
assert.strictEqual(BigIntStats.name, 'BigIntStats');
assert.ok(!(s instanceof fs.Stats));
assert.strictEqual(fs.statSync(file) instanceof BigIntStats, false);

// Every numeric field is a bigint, with extra nanosecond fields.
const fields = ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks',
                'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs', 'atimeNs', 'mtimeNs', 'ctimeNs', 'birthtimeNs'];
for (const f of fields) assert.strictEqual(typeof s[f], 'bigint', f);
assert.strictEqual(s.size, 5n);
assert.strictEqual(s.isFile(), true);
assert.strictEqual(s.mtimeNs / 1000000n, s.mtimeMs);
assert.strictEqual(s.mtime.getTime(), Number(s.mtimeMs));
// Same values as the number form, where they fit.
const n = fs.statSync(file);
assert.strictEqual(Number(s.size), n.size);
assert.strictEqual(Number(s.ino), n.ino);
assert.strictEqual(Number(s.mode), n.mode);

// All stat entry points produce it.
const fd = fs.openSync(file, 'r');
assert.ok(fs.fstatSync(fd, { bigint: true }) instanceof BigIntStats);
fs.closeSync(fd);
assert.ok(fs.lstatSync(file, { bigint: true }) instanceof BigIntStats);
fs.stat(file, { bigint: true }, common.mustSucceed((st) => {
  assert.ok(st instanceof BigIntStats);
  assert.strictEqual(st.size, 5n);
}));
fs.promises.stat(file, { bigint: true }).then(common.mustCall((st) => {
  assert.ok(st instanceof BigIntStats);
}));
