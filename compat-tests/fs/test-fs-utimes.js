// covers: fs.utimesSync, fs.utimes, fs.promises.utimes, fs.futimesSync, fs.lutimesSync
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const f = path.join(dir, 't.txt');
fs.writeFileSync(f, '');

// Seconds as numbers.
fs.utimesSync(f, 1000, 2000);
let st = fs.statSync(f);
assert.strictEqual(st.atimeMs, 1000000);
assert.strictEqual(st.mtimeMs, 2000000);
assert.strictEqual(st.mtime.getTime(), 2000000);

// Date objects.
const when = new Date('2020-01-02T03:04:05.000Z');
fs.utimesSync(f, when, when);
assert.strictEqual(fs.statSync(f).mtime.toISOString(), '2020-01-02T03:04:05.000Z');

// Numeric strings.
fs.utimesSync(f, '1500', '1500');
assert.strictEqual(fs.statSync(f).mtimeMs, 1500000);

const fd = fs.openSync(f, 'r');
fs.futimesSync(fd, 3000, 4000);
fs.closeSync(fd);
st = fs.statSync(f);
assert.strictEqual(st.mtimeMs, 4000000);

if (!common.isWindows) {
  const link = path.join(dir, 'link');
  fs.symlinkSync(f, link);
  fs.lutimesSync(link, 5000, 6000);
  assert.strictEqual(fs.lstatSync(link).mtimeMs, 6000000);
  assert.strictEqual(fs.statSync(f).mtimeMs, 4000000);
}

const missing = path.join(dir, 'missing');
assert.throws(() => fs.utimesSync(missing, 1, 1), {
  code: 'ENOENT',
  syscall: 'utime',
  message: `ENOENT: no such file or directory, utime '${missing}'`,
});

fs.utimes(f, 7000, 8000, common.mustSucceed(() => {
  assert.strictEqual(fs.statSync(f).mtimeMs, 8000000);
  fs.promises.utimes(f, 9, 10).then(common.mustCall(() => {
    assert.strictEqual(fs.statSync(f).mtimeMs, 10000);
  }));
}));
