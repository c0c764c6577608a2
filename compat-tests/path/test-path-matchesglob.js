// covers: path.matchesGlob, path.posix.matchesGlob, path.win32.matchesGlob
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

const m = path.posix.matchesGlob;
assert.strictEqual(m('/foo/bar', '/foo/*'), true);
assert.strictEqual(m('/foo/bar', '/*'), false);
assert.strictEqual(m('/foo/bar/baz', '/foo/**'), true);
assert.strictEqual(m('/foo/bar/baz', '/foo/*'), false);
assert.strictEqual(m('x.js', '*.js'), true);
assert.strictEqual(m('x.ts', '*.js'), false);
assert.strictEqual(m('a/b/c.js', '**/*.js'), true);
assert.strictEqual(m('abc', 'a?c'), true);
assert.strictEqual(m('abbc', 'a?c'), false);
assert.strictEqual(m('foo.md', '*.{md,txt}'), true);
assert.strictEqual(m('foo.txt', '*.{md,txt}'), true);
assert.strictEqual(m('foo.js', '*.{md,txt}'), false);
assert.strictEqual(m('b1', '[abc][0-9]'), true);
assert.strictEqual(m('d1', '[abc][0-9]'), false);

// On win32 both separators count.
assert.strictEqual(path.win32.matchesGlob('foo\\bar\\baz', 'foo\\**'), true);
assert.strictEqual(path.win32.matchesGlob('foo\\bar\\baz', 'foo/**'), true);
assert.strictEqual(path.win32.matchesGlob('foo\\bar', 'foo/*'), true);
if (!common.isWindows) assert.strictEqual(path.matchesGlob('/a/b', '/a/*'), true);

for (const [a, b] of [[1, '*'], ['x', 1], [null, '*'], ['x', undefined]]) {
  assert.throws(() => m(a, b), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
}
