// covers: path.posix.format, path.format
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

const f = path.posix.format;
assert.strictEqual(f({ root: '/ignored', dir: '/home/user/dir', base: 'file.txt' }), '/home/user/dir/file.txt');
assert.strictEqual(f({ root: '/', base: 'file.txt', ext: 'ignored' }), '/file.txt');
assert.strictEqual(f({ root: '/', name: 'file', ext: '.txt' }), '/file.txt');
// ext without a leading dot gets one added.
assert.strictEqual(f({ root: '/', name: 'file', ext: 'txt' }), '/file.txt');
assert.strictEqual(f({ dir: 'some/dir' }), 'some/dir/');
assert.strictEqual(f({ base: 'index.html' }), 'index.html');
assert.strictEqual(f({ root: '/' }), '/');
assert.strictEqual(f({ name: 'x', ext: '.y' }), 'x.y');
assert.strictEqual(f({ root: '/', dir: '/' , base: 'a' }), '/a');
assert.strictEqual(f({}), '');
assert.strictEqual(f({ dir: '', base: '' }), '');
// Extra or null fields are ignored.
assert.strictEqual(f({ name: 'a', ext: null, extra: 1 }), 'a');
for (const bad of [null, undefined, 'string', 1, true]) {
  assert.throws(() => f(bad), common.expectsError({
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
    message: /^The "pathObject" argument must be of type object\./,
  }));
}
if (!common.isWindows) assert.strictEqual(path.format, path.posix.format);
