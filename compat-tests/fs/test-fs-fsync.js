// covers: fs.fsyncSync, fs.fsync, fs.fdatasyncSync, fs.fdatasync
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const f = path.join(dir, 'sync.txt');
const fd = fs.openSync(f, 'w');
fs.writeSync(fd, 'durable');
assert.strictEqual(fs.fsyncSync(fd), undefined);
assert.strictEqual(fs.fdatasyncSync(fd), undefined);

fs.fsync(fd, common.mustSucceed(() => {
  fs.fdatasync(fd, common.mustSucceed(() => {
    fs.closeSync(fd);
    assert.throws(() => fs.fsyncSync(fd), { code: 'EBADF', syscall: 'fsync' });
    assert.strictEqual(fs.readFileSync(f, 'utf8'), 'durable');
  }));
}));
assert.throws(() => fs.fsyncSync('x'), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE' }));
