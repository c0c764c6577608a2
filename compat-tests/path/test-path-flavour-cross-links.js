// covers: path, path.posix.posix, path.posix.win32, path.win32.posix, path.win32.win32
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

// Each flavour links to both flavours, so code can switch from either one.
assert.strictEqual(require('node:path'), path);
assert.strictEqual(path.posix.posix, path.posix);
assert.strictEqual(path.posix.win32, path.win32);
assert.strictEqual(path.win32.win32, path.win32);
assert.strictEqual(path.win32.posix, path.posix);
assert.strictEqual(path.posix.win32.posix.win32, path.win32);

// The linked objects behave as their flavour, whatever the route taken to them.
assert.strictEqual(path.win32.posix.join('a', 'b'), 'a/b');
assert.strictEqual(path.posix.win32.join('a', 'b'), 'a\\b');
assert.strictEqual(path.posix.posix.sep, '/');
assert.strictEqual(path.win32.win32.sep, '\\');
assert.strictEqual(path.win32.posix.delimiter, ':');
assert.strictEqual(path.posix.win32.delimiter, ';');
assert.strictEqual(path.posix.win32.isAbsolute('C:\\x'), true);
assert.strictEqual(path.win32.posix.isAbsolute('C:\\x'), false);
assert.strictEqual(path.win32.win32.normalize('a/b/../c'), 'a\\c');
assert.strictEqual(path.posix.posix.normalize('a\\b/../c'), 'c');
assert.deepStrictEqual(path.win32.posix.parse('/x/y.txt'),
                       { root: '/', dir: '/x', base: 'y.txt', ext: '.txt', name: 'y' });

// The default export is the host's flavour, and carries the same links.
const host = common.isWindows ? path.win32 : path.posix;
assert.strictEqual(path.sep, host.sep);
assert.strictEqual(path.join, host.join);
assert.strictEqual(path.posix, path.posix.posix);
assert.strictEqual(path.resolve('/tmp', 'x').endsWith('x'), true);
assert.throws(() => path.win32.posix.basename(null),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
