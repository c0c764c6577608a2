// covers: path.posix.extname, path.win32.extname, path.extname
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

const shared = [
  ['', ''], ['/path/to/file', ''], ['/path/to/file.ext', '.ext'],
  ['/path.to/file.ext', '.ext'], ['/path.to/file', ''], ['/path.to/.file', ''],
  ['/path.to/.file.ext', '.ext'], ['/path/to/f.ext', '.ext'], ['/path/to/..ext', '.ext'],
  ['/path/to/..', ''], ['file', ''], ['file.ext', '.ext'], ['.file', ''],
  ['.file.ext', '.ext'], ['/file', ''], ['/file.ext', '.ext'], ['/.file', ''],
  ['/.file.ext', '.ext'], ['.path/file.ext', '.ext'], ['file.ext.ext', '.ext'],
  ['file.', '.'], ['.', ''], ['./', ''], ['.file.ext', '.ext'], ['.file', ''],
  ['.file.', '.'], ['.file..', '.'], ['..', ''], ['../', ''], ['..file.ext', '.ext'],
  ['..file', '.file'], ['..file.', '.'], ['..file..', '.'], ['...', '.'],
  ['...ext', '.ext'], ['....', '.'], ['file.ext/', '.ext'], ['file.ext//', '.ext'],
  ['file/', ''], ['file//', ''], ['file./', '.'], ['file.//', '.'],
];
for (const [input, want] of shared) {
  assert.strictEqual(path.posix.extname(input), want, `posix ${input}`);
  assert.strictEqual(path.win32.extname(input), want, `win32 ${input}`);
}
// Backslash is a separator only on win32.
assert.strictEqual(path.posix.extname('.\\'), '');
assert.strictEqual(path.posix.extname('file.\\'), '.\\');
assert.strictEqual(path.posix.extname('file.ext\\'), '.ext\\');
assert.strictEqual(path.win32.extname('.\\'), '');
assert.strictEqual(path.win32.extname('file.\\'), '.');
assert.strictEqual(path.win32.extname('file.ext\\\\'), '.ext');
assert.strictEqual(path.win32.extname('C:\\a.b\\c'), '');
assert.throws(() => path.extname(42), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
