// covers: fs.appendFileSync, fs.appendFile, fs.promises.appendFile
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const f = path.join(dir, 'log.txt');

// Creates the file if missing.
fs.appendFileSync(f, 'a');
fs.appendFileSync(f, Buffer.from('b'));
fs.appendFileSync(f, '63', 'hex');
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'abc');

// Appending through an fd.
const fd = fs.openSync(f, 'a');
fs.appendFileSync(fd, 'd');
fs.closeSync(fd);
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'abcd');

assert.throws(() => fs.appendFileSync(f, {}), { code: 'ERR_INVALID_ARG_TYPE' });

fs.appendFile(f, 'e', common.mustSucceed(() => {
  assert.strictEqual(fs.readFileSync(f, 'utf8'), 'abcde');
  fs.promises.appendFile(f, 'f', { encoding: 'utf8' }).then(common.mustCall(() => {
    assert.strictEqual(fs.readFileSync(f, 'utf8'), 'abcdef');
  }));
}));

const nested = path.join(dir, 'nope', 'x.txt');
fs.appendFile(nested, 'x', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.message, `ENOENT: no such file or directory, open '${nested}'`);
}));
