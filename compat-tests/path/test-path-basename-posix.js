// covers: path.posix.basename, path.basename
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

const b = path.posix.basename;
const table = [
  ['', ''], ['/dir/basename.ext', 'basename.ext'], ['/basename.ext', 'basename.ext'],
  ['basename.ext', 'basename.ext'], ['basename.ext/', 'basename.ext'],
  ['basename.ext//', 'basename.ext'], ['aaa/bbb', 'bbb'], ['aaa/bbb/', 'bbb'],
  ['/aaa/', 'aaa'], ['/aaa/b', 'b'], ['/a/b', 'b'], ['//a', 'a'], ['/', ''],
  ['\\dir\\basename.ext', '\\dir\\basename.ext'], ['basename.ext\\', 'basename.ext\\'],
  ['foo', 'foo'],
];
for (const [input, want] of table) {
  assert.strictEqual(b(input), want, `basename(${JSON.stringify(input)})`);
}
if (!common.isWindows) {
  assert.strictEqual(path.basename(__filename), 'test-path-basename-posix.js');
}
// Control characters and non-ASCII are kept as-is.
assert.strictEqual(b('/a/b/Icon\r'), 'Icon\r');
assert.strictEqual(b('/x/\u00e9t\u00e9.txt'), '\u00e9t\u00e9.txt');
assert.throws(() => b(undefined), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
