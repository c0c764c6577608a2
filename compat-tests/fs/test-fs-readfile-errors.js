// covers: fs.readFileSync, fs.openSync
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const missing = path.join(dir, 'does-not-exist.txt');

assert.throws(() => fs.readFileSync(missing), (err) => {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.name, 'Error');
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.errno, -2);
  assert.strictEqual(err.syscall, 'open');
  assert.strictEqual(err.path, missing);
  assert.strictEqual(err.message, `ENOENT: no such file or directory, open '${missing}'`);
  return true;
});

assert.throws(() => fs.readFileSync(dir), {
  code: 'EISDIR',
  errno: -21,
  syscall: 'read',
  message: 'EISDIR: illegal operation on a directory, read',
});

// A file used as a directory component.
const file = path.join(dir, 'plain');
fs.writeFileSync(file, 'x');
const under = path.join(file, 'child');
assert.throws(() => fs.readFileSync(under), {
  code: 'ENOTDIR',
  syscall: 'open',
  message: `ENOTDIR: not a directory, open '${under}'`,
});

// Null bytes in the path.
assert.throws(() => fs.readFileSync('a\0b'), common.expectsError({
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: "The argument 'path' must be a string, Uint8Array, or URL without null bytes. Received 'a\\x00b'",
}));

for (const bad of [true, null, undefined, {}]) {
  assert.throws(() => fs.readFileSync(bad), common.expectsError({
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: /^The "path" argument must be of type string or an instance of Buffer or URL\. Received/,
  }));
}

// Bad file descriptor.
assert.throws(() => fs.readFileSync(2 ** 30), { code: 'EBADF' });
