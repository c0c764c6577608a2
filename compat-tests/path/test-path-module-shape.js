// covers: path.resolve, path.normalize, path.isAbsolute, path.join, path.relative, path.toNamespacedPath, path.dirname, path.basename, path.extname, path.format, path.parse, path.matchesGlob, path.sep, path.delimiter, path.win32, path.posix
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

const fnNames = ['resolve', 'normalize', 'isAbsolute', 'join', 'relative', 'toNamespacedPath',
                 'dirname', 'basename', 'extname', 'format', 'parse', 'matchesGlob'];
for (const name of fnNames) {
  assert.strictEqual(typeof path[name], 'function', name);
  assert.ok(Object.keys(path).includes(name), `${name} is enumerable`);
}
for (const name of ['sep', 'delimiter']) assert.strictEqual(typeof path[name], 'string');
assert.strictEqual(typeof path.win32, 'object');
assert.strictEqual(typeof path.posix, 'object');
assert.ok(common);
