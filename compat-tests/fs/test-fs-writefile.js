// covers: fs.writeFileSync, fs.writeFile, fs.readFileSync
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const f = path.join(dir, 'w.txt');

assert.strictEqual(fs.writeFileSync(f, 'one'), undefined);
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'one');
// Overwrites (truncates) by default.
fs.writeFileSync(f, 'x');
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'x');
// Flags: append.
fs.writeFileSync(f, 'yz', { flag: 'a' });
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'xyz');
// Encoding.
fs.writeFileSync(f, '616263', 'hex');
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'abc');
fs.writeFileSync(f, 'YWJj', { encoding: 'base64' });
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'abc');
// Binary data and typed arrays.
fs.writeFileSync(f, new Uint8Array([1, 2, 3]));
assert.deepStrictEqual([...fs.readFileSync(f)], [1, 2, 3]);
fs.writeFileSync(f, new DataView(new Uint8Array([4, 5]).buffer));
assert.deepStrictEqual([...fs.readFileSync(f)], [4, 5]);
// 'wx' fails when the file exists.
assert.throws(() => fs.writeFileSync(f, 'z', { flag: 'wx' }), {
  code: 'EEXIST',
  syscall: 'open',
  message: `EEXIST: file already exists, open '${f}'`,
});
// Mode is applied on creation.
const m = path.join(dir, 'mode.txt');
fs.writeFileSync(m, 'm', { mode: 0o600 });
if (!common.isWindows) assert.strictEqual(fs.statSync(m).mode & 0o777, 0o600);

// Non-string, non-buffer data is rejected.
assert.throws(() => fs.writeFileSync(f, 42), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: /^The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView\. Received type number \(42\)$/,
}));

// Callback form.
fs.writeFile(f, 'cb', common.mustSucceed(() => {
  assert.strictEqual(fs.readFileSync(f, 'utf8'), 'cb');
  fs.writeFile(path.join(dir, 'no', 'such', 'dir.txt'), 'x', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.syscall, 'open');
  }));
}));
