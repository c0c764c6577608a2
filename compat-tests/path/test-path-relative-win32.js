// covers: path.win32.relative
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

const rel = path.win32.relative;
const table = [
  ['c:/blah\\blah', 'd:/games', 'd:\\games'],
  ['c:/aaaa/bbbb', 'c:/aaaa', '..'],
  ['c:/aaaa/bbbb', 'c:/cccc', '..\\..\\cccc'],
  ['c:/aaaa/bbbb', 'c:/aaaa/bbbb', ''],
  ['c:/aaaa/bbbb', 'c:/aaaa/cccc', '..\\cccc'],
  ['c:/aaaa/', 'c:/aaaa/cccc', 'cccc'],
  ['c:/', 'c:\\aaaa\\bbbb', 'aaaa\\bbbb'],
  ['c:/aaaa/bbbb', 'd:\\', 'd:\\'],
  ['c:/AaAa/bbbb', 'c:/aaaa/bbbb', ''],
  ['c:/aaaaa/', 'c:/aaaa/cccc', '..\\aaaa\\cccc'],
  ['C:\\foo\\bar\\baz\\quux', 'C:\\', '..\\..\\..\\..'],
  ['C:\\foo\\test', 'C:\\foo\\test\\bar\\package.json', 'bar\\package.json'],
  ['C:\\foo\\bar\\baz-quux', 'C:\\foo\\bar\\baz', '..\\baz'],
  ['C:\\foo\\bar\\baz', 'C:\\foo\\bar\\baz-quux', '..\\baz-quux'],
  ['\\\\foo\\bar', '\\\\foo\\bar\\baz', 'baz'],
  ['\\\\foo\\bar\\baz', '\\\\foo\\bar', '..'],
  ['\\\\foo\\bar\\baz-quux', '\\\\foo\\bar\\baz', '..\\baz'],
  ['C:\\baz-quux', 'C:\\baz', '..\\baz'],
  ['\\\\foo\\baz', '\\\\foo\\baz-quux', '..\\baz-quux'],
];
for (const [from, to, want] of table) {
  assert.strictEqual(rel(from, to), want, `win32.relative(${from}, ${to})`);
}
assert.throws(() => rel('c:/', {}), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
