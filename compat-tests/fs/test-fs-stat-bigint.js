// covers: fs.statSync, fs.stat, fs.promises.stat
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const f = path.join(dir, 'big.txt');
fs.writeFileSync(f, 'abc');

const st = fs.statSync(f, { bigint: true });
assert.strictEqual(typeof st.size, 'bigint');
assert.strictEqual(st.size, 3n);
assert.strictEqual(typeof st.mtimeNs, 'bigint');
assert.strictEqual(typeof st.mtimeMs, 'bigint');
assert.strictEqual(st.mtimeMs, st.mtimeNs / 1000000n);
assert.ok(st.mtime instanceof Date);
assert.strictEqual(st.isFile(), true);

const plain = fs.statSync(f);
assert.strictEqual(plain.mtimeNs, undefined);
assert.strictEqual(BigInt(plain.size), st.size);
assert.strictEqual(BigInt(plain.ino), st.ino);

fs.promises.stat(f, { bigint: true }).then(common.mustCall((s) => {
  assert.strictEqual(s.size, 3n);
  assert.strictEqual(typeof s.atimeNs, 'bigint');
}));
fs.stat(f, { bigint: true }, common.mustSucceed((s) => {
  assert.strictEqual(typeof s.birthtimeNs, 'bigint');
}));
