// covers: path.posix, path.win32
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

// Each flavour exposes both flavours, forming a closed set.
assert.strictEqual(path.posix.posix, path.posix);
assert.strictEqual(path.win32.win32, path.win32);
assert.strictEqual(path.posix.win32, path.win32);
assert.strictEqual(path.win32.posix, path.posix);
assert.notStrictEqual(path.posix, path.win32);
assert.strictEqual(path, common.isWindows ? path.win32 : path.posix);

const fns = ['resolve', 'normalize', 'isAbsolute', 'join', 'relative', 'toNamespacedPath',
             'dirname', 'basename', 'extname', 'format', 'parse'];
for (const flavour of [path.posix, path.win32]) {
  for (const name of fns) {
    assert.strictEqual(typeof flavour[name], 'function', name);
  }
}
// The flavours behave differently on the same input.
assert.strictEqual(path.posix.basename('a\\b'), 'a\\b');
assert.strictEqual(path.win32.basename('a\\b'), 'b');
// Methods do not depend on `this`.
const { join } = path.posix;
assert.strictEqual(join('a', 'b'), 'a/b');
