// covers: fs.readFile
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const file = path.join(dir, 'cb.txt');
fs.writeFileSync(file, 'callback data');

let sync = true;
fs.readFile(file, common.mustSucceed((data) => {
  assert.strictEqual(sync, false);  // always async
  assert.ok(Buffer.isBuffer(data));
  assert.strictEqual(data.toString(), 'callback data');
}));
sync = false;

fs.readFile(file, 'utf8', common.mustSucceed((data) => {
  assert.strictEqual(data, 'callback data');
}));
fs.readFile(file, { encoding: 'latin1', flag: 'r' }, common.mustSucceed((data) => {
  assert.strictEqual(data, 'callback data');
}));

const missing = path.join(dir, 'missing.txt');
fs.readFile(missing, common.mustCall((err, data) => {
  assert.strictEqual(data, undefined);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.errno, -2);
  assert.strictEqual(err.syscall, 'open');
  assert.strictEqual(err.path, missing);
  assert.strictEqual(err.message, `ENOENT: no such file or directory, open '${missing}'`);
}));

fs.readFile(dir, common.mustCall((err) => {
  assert.strictEqual(err.code, 'EISDIR');
  assert.strictEqual(err.message, 'EISDIR: illegal operation on a directory, read');
}));

assert.throws(() => fs.readFile(file), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "cb" argument must be of type function. Received undefined',
}));

// AbortSignal that is already aborted.
fs.readFile(file, { signal: AbortSignal.abort() }, common.mustCall((err) => {
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.code, 'ABORT_ERR');
}));
