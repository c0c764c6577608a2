// covers: path.posix.join, path.posix.basename, path.posix.extname, path.posix.parse, path.posix.relative
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

// Non-ASCII segments and astral characters are preserved byte for byte.
assert.strictEqual(path.posix.join('/données', 'été', '..', 'fichier.txt'), '/données/fichier.txt');
assert.strictEqual(path.posix.basename('/x/\u{1F600}.png'), '\u{1F600}.png');
assert.strictEqual(path.posix.extname('/x/\u{1F600}.\u00e9'), '.\u00e9');
assert.deepStrictEqual(path.posix.parse('/\u65e5\u672c/\u8a9e.md'),
                       { root: '/', dir: '/\u65e5\u672c', base: '\u8a9e.md', ext: '.md', name: '\u8a9e' });
assert.strictEqual(path.posix.relative('/\u00e4/b', '/\u00e4/c'), '../c');
// NUL bytes are not rejected by path (only by fs).
assert.strictEqual(path.posix.join('a\0', 'b'), 'a\0/b');
assert.ok(common);
