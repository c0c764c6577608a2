// covers: path.win32.normalize
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

const n = path.win32.normalize;
const table = [
  ['./fixtures///b/../b/c.js', 'fixtures\\b\\c.js'],
  ['/foo/../../../bar', '\\bar'],
  ['a//b//../b', 'a\\b'],
  ['a//b//./c', 'a\\b\\c'],
  ['a//b//.', 'a\\b'],
  ['//server/share/dir/file.ext', '\\\\server\\share\\dir\\file.ext'],
  ['/a/b/c/../../../x/y/z', '\\x\\y\\z'],
  ['C:', 'C:.'],
  ['C:..\\abc', 'C:..\\abc'],
  ['C:..\\..\\abc\\..\\def', 'C:..\\..\\def'],
  ['C:\\.', 'C:\\'],
  ['file:stream', 'file:stream'],
  ['bar\\foo..\\..\\', 'bar\\'],
  ['bar\\foo..\\..', 'bar'],
  ['..\\foo..\\..\\..\\bar', '..\\..\\bar'],
  ['', '.'],
  ['\\\\.\\foo', '\\\\.\\foo'],
  ['c:/x/../y', 'c:\\y'],
];
for (const [input, want] of table) {
  assert.strictEqual(n(input), want, `win32.normalize(${JSON.stringify(input)})`);
}
assert.throws(() => n({}), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
