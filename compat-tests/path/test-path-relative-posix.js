// covers: path.posix.relative, path.relative
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

const rel = path.posix.relative;
const table = [
  ['/var/lib', '/var', '..'],
  ['/var/lib', '/bin', '../../bin'],
  ['/var/lib', '/var/lib', ''],
  ['/var/lib', '/var/apache', '../apache'],
  ['/var/', '/var/lib', 'lib'],
  ['/', '/var/lib', 'var/lib'],
  ['/foo/test', '/foo/test/bar/package.json', 'bar/package.json'],
  ['/Users/a/web/b/test/mails', '/Users/a/web/b', '../..'],
  ['/foo/bar/baz-quux', '/foo/bar/baz', '../baz'],
  ['/foo/bar/baz', '/foo/bar/baz-quux', '../baz-quux'],
  ['/baz-quux', '/baz', '../baz'],
  ['/baz', '/baz-quux', '../baz-quux'],
  ['/page1/page2/foo', '/', '../../..'],
];
for (const [from, to, want] of table) {
  assert.strictEqual(rel(from, to), want, `relative(${from}, ${to})`);
}
// Relative inputs are resolved against the cwd first.
assert.strictEqual(rel('a/b', 'a/b/c'), 'c');
assert.strictEqual(rel('a', 'a'), '');
assert.strictEqual(rel('', ''), '');
if (!common.isWindows) assert.strictEqual(path.relative('x', 'y'), '../y');
assert.throws(() => rel('/a', 5), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
assert.throws(() => rel(null, '/a'), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE' }));
