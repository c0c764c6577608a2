// covers: path.posix.dirname, path.dirname
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

const d = path.posix.dirname;
const table = [
  ['/a/b/', '/a'], ['/a/b', '/a'], ['/a', '/'], ['', '.'], ['/', '/'],
  ['////', '/'], ['//a', '//'], ['foo', '.'], ['a/b', 'a'], ['a/b/', 'a'],
  ['a//b', 'a/'], ['/a//b', '/a/'], ['.', '.'], ['..', '.'], ['./x', '.'],
];
for (const [input, want] of table) {
  assert.strictEqual(d(input), want, `dirname(${JSON.stringify(input)})`);
}
if (!common.isWindows) {
  assert.strictEqual(path.dirname(__filename), __dirname);
  assert.strictEqual(path.dirname(path.dirname(__filename)), path.join(__dirname, '..'));
}
assert.throws(() => d(null), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
