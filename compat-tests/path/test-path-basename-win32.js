// covers: path.win32.basename
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

const b = path.win32.basename;
const table = [
  ['\\dir\\basename.ext', 'basename.ext'], ['\\basename.ext', 'basename.ext'],
  ['basename.ext', 'basename.ext'], ['basename.ext\\', 'basename.ext'],
  ['basename.ext\\\\', 'basename.ext'], ['foo', 'foo'], ['aaa\\bbb', 'bbb'],
  ['aaa\\bbb\\', 'bbb'], ['C:', ''], ['C:.', '.'], ['C:\\', ''],
  ['C:\\dir\\base.ext', 'base.ext'], ['C:\\basename.ext', 'basename.ext'],
  ['C:basename.ext', 'basename.ext'], ['C:basename.ext\\', 'basename.ext'],
  ['C:foo', 'foo'], ['file:stream', 'file:stream'], ['/a/b', 'b'],
  ['\\\\server\\share\\f.txt', 'f.txt'],
];
for (const [input, want] of table) {
  assert.strictEqual(b(input), want, `win32.basename(${JSON.stringify(input)})`);
}
assert.strictEqual(b('aaa\\bbb', 'bbb'), 'bbb');
assert.strictEqual(b('aaa\\bbb', 'b'), 'bb');
assert.throws(() => b({}), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
