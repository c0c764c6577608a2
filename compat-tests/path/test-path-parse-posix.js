// covers: path.posix.parse, path.parse
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

const p = path.posix.parse;
assert.deepStrictEqual(p('/home/user/dir/file.txt'),
                       { root: '/', dir: '/home/user/dir', base: 'file.txt', ext: '.txt', name: 'file' });
assert.deepStrictEqual(p(''), { root: '', dir: '', base: '', ext: '', name: '' });
assert.deepStrictEqual(p('/'), { root: '/', dir: '/', base: '', ext: '', name: '' });
assert.deepStrictEqual(p('//'), { root: '/', dir: '/', base: '', ext: '', name: '' });
assert.deepStrictEqual(p('x'), { root: '', dir: '', base: 'x', ext: '', name: 'x' });
assert.deepStrictEqual(p('./x.js'), { root: '', dir: '.', base: 'x.js', ext: '.js', name: 'x' });
assert.deepStrictEqual(p('.bashrc'), { root: '', dir: '', base: '.bashrc', ext: '', name: '.bashrc' });
assert.deepStrictEqual(p('/a/b/'), { root: '/', dir: '/a', base: 'b', ext: '', name: 'b' });
assert.deepStrictEqual(p('a.tar.gz'), { root: '', dir: '', base: 'a.tar.gz', ext: '.gz', name: 'a.tar' });
// The result is a plain object with exactly these keys in this order.
assert.deepStrictEqual(Object.keys(p('/a/b.c')), ['root', 'dir', 'base', 'ext', 'name']);
assert.strictEqual(Object.getPrototypeOf(p('/a')), Object.prototype);
for (const bad of [null, undefined, 1, {}, []]) {
  assert.throws(() => p(bad), common.expectsError({
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
    message: /^The "path" argument must be of type string\./,
  }));
}
