// covers: fs.truncateSync, fs.truncate, fs.ftruncateSync, fs.ftruncate, fs.promises.truncate
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const f = path.join(dir, 'tr.txt');
fs.writeFileSync(f, 'abcdef');

fs.truncateSync(f, 3);
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'abc');
// Extending pads with zero bytes.
fs.truncateSync(f, 5);
assert.deepStrictEqual(fs.readFileSync(f), Buffer.from('abc\0\0'));
// Default length is 0.
fs.truncateSync(f);
assert.strictEqual(fs.statSync(f).size, 0);

fs.writeFileSync(f, '123456');
const fd = fs.openSync(f, 'r+');
fs.ftruncateSync(fd, 2);
assert.strictEqual(fs.readFileSync(f, 'utf8'), '12');
fs.closeSync(fd);

const missing = path.join(dir, 'missing');
assert.throws(() => fs.truncateSync(missing), {
  code: 'ENOENT',
  syscall: 'open',
  message: `ENOENT: no such file or directory, open '${missing}'`,
});
assert.throws(() => fs.truncateSync(f, 'x'), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "len" argument must be of type number. Received type string (\'x\')',
}));

fs.truncate(f, 1, common.mustSucceed(() => {
  assert.strictEqual(fs.readFileSync(f, 'utf8'), '1');
  const fd2 = fs.openSync(f, 'r+');
  fs.ftruncate(fd2, 0, common.mustSucceed(() => {
    fs.closeSync(fd2);
    assert.strictEqual(fs.statSync(f).size, 0);
    fs.writeFileSync(f, 'zzzz');
    fs.promises.truncate(f, 2).then(common.mustCall(() => {
      assert.strictEqual(fs.readFileSync(f, 'utf8'), 'zz');
    }));
  }));
}));
