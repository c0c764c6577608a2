// covers: path.posix.normalize, path.normalize
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

const n = path.posix.normalize;
const table = [
  ['./fixtures///b/../b/c.js', 'fixtures/b/c.js'],
  ['/foo/../../../bar', '/bar'],
  ['a//b//../b', 'a/b'],
  ['a//b//./c', 'a/b/c'],
  ['a//b//.', 'a/b'],
  ['/a/b/c/../../../x/y/z', '/x/y/z'],
  ['///..//./foo/.//bar', '/foo/bar'],
  ['bar/foo../../', 'bar/'],
  ['bar/foo../..', 'bar'],
  ['bar/foo../../baz', 'bar/baz'],
  ['bar/foo../', 'bar/foo../'],
  ['bar/foo..', 'bar/foo..'],
  ['../foo../../../bar', '../../bar'],
  ['../.../.././.../../../bar', '../../bar'],
  ['../../../foo/../../../bar', '../../../../../bar'],
  ['../foobar/barfoo/foo/../../../bar/../../', '../../'],
  ['', '.'],
  ['.', '.'],
  ['./', './'],
  ['/', '/'],
  ['//', '/'],
  ['..', '..'],
  ['a/..', '.'],
  ['a/../', './'],
];
for (const [input, want] of table) {
  assert.strictEqual(n(input), want, `normalize(${JSON.stringify(input)})`);
}
if (!common.isWindows) assert.strictEqual(path.normalize('/x//y/'), '/x/y/');
assert.throws(() => n(null), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
assert.throws(() => n(), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE' }));
