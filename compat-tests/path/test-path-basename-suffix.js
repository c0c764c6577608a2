// covers: path.posix.basename, path.win32.basename
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

const b = path.posix.basename;
// The suffix is removed only when it is a strict tail of the last segment.
const table = [
  ['/a/b.js', '.js', 'b'], ['b.js', '.js', 'b'], ['b.js', 'js', 'b.'],
  ['aaa/bbb', 'bbb', 'bbb'], ['aaa/bbb', '/bbb', 'bbb'], ['aaa/bbb', 'a/bbb', 'bbb'],
  ['aaa/bbb', 'b', 'bb'], ['aaa/bbb//', 'bbb', 'bbb'], ['aaa/bbb//', 'bb', 'b'],
  ['aaa/bbb', 'bb', 'b'], ['/aaa/bbb', 'bbb', 'bbb'], ['/aaa/bbb', 'a/bbb', 'bbb'],
  ['/aaa/', 'aa', 'a'], ['/aaa/b', 'b', 'b'], ['file.js.old', '.js', 'file.js.old'],
  ['file.js.old', '.old', 'file.js'], ['.js', '.js', ''], ['a.js', '', 'a.js'],
];
for (const [p, ext, want] of table) {
  assert.strictEqual(b(p, ext), want, `basename(${p}, ${ext})`);
}
// The suffix comparison is case-sensitive on both flavours.
assert.strictEqual(b('a.JS', '.js'), 'a.JS');
assert.strictEqual(path.win32.basename('a.JS', '.js'), 'a.JS');
assert.strictEqual(path.win32.basename('C:\\x\\file.txt', '.txt'), 'file');
assert.throws(() => b('a.js', 1), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
assert.throws(() => b('a.js', null), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE' }));
