// covers: fs.read, fs.readSync, fs.promises.FileHandle.prototype.read
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const f = path.join(dir, 'r.txt');
fs.writeFileSync(f, '0123456789');
const fd = fs.openSync(f, 'r');

const buf = Buffer.alloc(6, '.');
// (fd, buffer, offset, length, position)
assert.strictEqual(fs.readSync(fd, buf, 1, 3, 2), 3);
assert.strictEqual(buf.toString(), '.234..');
// null position reads from the current file position (still 0).
assert.strictEqual(fs.readSync(fd, buf, 0, 2, null), 2);
assert.strictEqual(buf.toString('utf8', 0, 2), '01');
assert.strictEqual(fs.readSync(fd, buf, 0, 2, null), 2);
assert.strictEqual(buf.toString('utf8', 0, 2), '23');
// Options object form.
assert.strictEqual(fs.readSync(fd, buf, { position: 8 }), 2);
assert.strictEqual(buf.toString('utf8', 0, 2), '89');
// Reading at EOF returns 0.
assert.strictEqual(fs.readSync(fd, buf, 0, 6, 100), 0);
// bigint position.
assert.strictEqual(fs.readSync(fd, buf, 0, 1, 5n), 1);
assert.strictEqual(buf[0], 0x35);

assert.throws(() => fs.readSync(fd, buf, 0, 7, 0), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "length" is out of range. It must be <= 6. Received 7',
}));
assert.throws(() => fs.readSync(fd, buf, -1, 1, 0), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  message: /^The value of "offset" is out of range\. It must be >= 0 && <= \d+\. Received -1$/,
}));
// An offset past the end leaves no room: the length check reports it.
assert.throws(() => fs.readSync(fd, buf, 7, 1, 0), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  message: /^The value of "length" is out of range\./,
}));
assert.throws(() => fs.readSync(fd, 'str', 0, 1, 0), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  message: /^The "buffer" argument must be an instance of Buffer, TypedArray, or DataView\./,
}));

fs.read(fd, Buffer.alloc(4), 0, 4, 3, common.mustSucceed((n, b) => {
  assert.strictEqual(n, 4);
  assert.strictEqual(b.toString(), '3456');
  // Options-only form allocates a buffer.
  fs.read(fd, { position: 0, length: 3 }, common.mustSucceed((n2, b2) => {
    assert.strictEqual(n2, 3);
    assert.ok(Buffer.isBuffer(b2));
    assert.strictEqual(b2.toString('utf8', 0, 3), '012');
    fs.closeSync(fd);
  }));
}));
