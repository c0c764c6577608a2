// covers: fs.write, fs.writeSync
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const f = path.join(dir, 'wr.txt');
const fd = fs.openSync(f, 'w+');

// Buffer form: (fd, buffer, offset, length, position)
assert.strictEqual(fs.writeSync(fd, Buffer.from('abcdef'), 1, 3, 0), 3);
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'bcd');
// String form: (fd, string, position, encoding)
assert.strictEqual(fs.writeSync(fd, '7a7a', 3, 'hex'), 2);
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'bcdzz');
// Writing past EOF leaves a hole of zeros.
fs.writeSync(fd, 'X', 7);
assert.deepStrictEqual(fs.readFileSync(f), Buffer.from('bcdzz\0\0X'));
// Returns bytes, not characters.
assert.strictEqual(fs.writeSync(fd, '€', 0), 3);

assert.throws(() => fs.writeSync(fd, {}), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
}));
assert.throws(() => fs.writeSync(fd, Buffer.alloc(2), 0, 3), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
}));

fs.write(fd, Buffer.from('Q'), 0, 1, 0, common.mustSucceed((written, buffer) => {
  assert.strictEqual(written, 1);
  assert.strictEqual(buffer.toString(), 'Q');
  fs.write(fd, 'str', 1, 'utf8', common.mustSucceed((n, s) => {
    assert.strictEqual(n, 3);
    assert.strictEqual(s, 'str');
    assert.strictEqual(fs.readFileSync(f, 'utf8').slice(0, 4), 'Qstr');
    fs.closeSync(fd);
  }));
}));
