// covers: fs.readFileSync, fs.writeFileSync
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const file = path.join(dir, 'a.txt');
fs.writeFileSync(file, 'héllo\nworld');

const raw = fs.readFileSync(file);
assert.ok(Buffer.isBuffer(raw));
assert.strictEqual(raw.length, 12);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'héllo\nworld');
assert.strictEqual(fs.readFileSync(file, { encoding: 'utf8' }), 'héllo\nworld');
assert.strictEqual(fs.readFileSync(file, 'hex').slice(0, 4), '68c3');
assert.strictEqual(fs.readFileSync(file, 'base64'), raw.toString('base64'));
assert.strictEqual(fs.readFileSync(file, { encoding: null }).length, 12);
assert.strictEqual(fs.readFileSync(file, { flag: 'r' }).length, 12);

// Empty file.
const empty = path.join(dir, 'empty');
fs.writeFileSync(empty, '');
assert.strictEqual(fs.readFileSync(empty).length, 0);
assert.strictEqual(fs.readFileSync(empty, 'utf8'), '');

// Reading by file descriptor reads from the current position.
const fd = fs.openSync(file, 'r');
try {
  const buf = Buffer.alloc(3);
  fs.readSync(fd, buf, 0, 3, null);
  assert.strictEqual(fs.readFileSync(fd, 'utf8'), 'llo\nworld');
} finally {
  fs.closeSync(fd);
}

// Large file.
const big = path.join(dir, 'big');
const data = Buffer.alloc(1024 * 1024 + 7, 'x');
fs.writeFileSync(big, data);
assert.deepStrictEqual(fs.readFileSync(big), data);

assert.throws(() => fs.readFileSync(file, 'bogus'), common.expectsError({
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
}));
