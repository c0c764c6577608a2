// covers: fs.writevSync, fs.readvSync, fs.writev, fs.readv
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const f = path.join(dir, 'v.txt');
const fd = fs.openSync(f, 'w+');

const n = fs.writevSync(fd, [Buffer.from('ab'), Buffer.from('cde'), new Uint8Array([0x66])]);
assert.strictEqual(n, 6);
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'abcdef');
// Positioned write.
assert.strictEqual(fs.writevSync(fd, [Buffer.from('XY')], 1), 2);
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'aXYdef');

const a = Buffer.alloc(2);
const b = Buffer.alloc(3);
assert.strictEqual(fs.readvSync(fd, [a, b], 0), 5);
assert.strictEqual(a.toString() + b.toString(), 'aXYde');
assert.strictEqual(fs.readvSync(fd, [Buffer.alloc(10)], 6), 0);

assert.throws(() => fs.writevSync(fd, 'abc'), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
}));

fs.writev(fd, [Buffer.from('1'), Buffer.from('2')], 0, common.mustSucceed((written, bufs) => {
  assert.strictEqual(written, 2);
  assert.strictEqual(bufs.length, 2);
  const out = [Buffer.alloc(1), Buffer.alloc(1)];
  fs.readv(fd, out, 0, common.mustSucceed((read, got) => {
    assert.strictEqual(read, 2);
    assert.strictEqual(Buffer.concat(got).toString(), '12');
    fs.closeSync(fd);
  }));
}));
