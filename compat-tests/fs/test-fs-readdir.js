// covers: fs.readdirSync, fs.readdir, fs.promises.readdir
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
for (const n of ['b.txt', 'a.txt', 'ü.txt']) fs.writeFileSync(path.join(dir, n), n);
fs.mkdirSync(path.join(dir, 'sub'));

const names = fs.readdirSync(dir);
assert.deepStrictEqual(names.slice().sort(), ['a.txt', 'b.txt', 'sub', 'ü.txt']);
// '.' and '..' are never included.
assert.ok(!names.includes('.') && !names.includes('..'));

// Buffer encoding returns Buffers.
const bufs = fs.readdirSync(dir, 'buffer');
assert.ok(bufs.every(Buffer.isBuffer));
assert.ok(bufs.some((b) => b.equals(Buffer.from('ü.txt'))));
assert.ok(fs.readdirSync(dir, { encoding: 'hex' }).includes(Buffer.from('a.txt').toString('hex')));

assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'sub')), []);

const missing = path.join(dir, 'nope');
assert.throws(() => fs.readdirSync(missing), {
  code: 'ENOENT',
  syscall: 'scandir',
  message: `ENOENT: no such file or directory, scandir '${missing}'`,
});
const file = path.join(dir, 'a.txt');
assert.throws(() => fs.readdirSync(file), {
  code: 'ENOTDIR',
  syscall: 'scandir',
  message: `ENOTDIR: not a directory, scandir '${file}'`,
});

fs.readdir(dir, common.mustSucceed((list) => {
  assert.strictEqual(list.length, 4);
}));
fs.readdir(missing, common.mustCall((err) => assert.strictEqual(err.code, 'ENOENT')));
fs.promises.readdir(dir).then(common.mustCall((list) => {
  assert.deepStrictEqual(list.sort(), names.slice().sort());
}));
