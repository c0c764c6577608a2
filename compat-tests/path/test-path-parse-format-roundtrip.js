// covers: path.posix.parse, path.posix.format, path.win32.parse, path.win32.format
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

// format(parse(p)) reproduces p for paths without a trailing separator.
const posixPaths = [
  '/home/user/dir/file.txt', '/home/user/a dir/another File.zip', 'user/dir/another File.zip',
  'file', '.\\file', './file', '/file', '/', 'x.tar.gz', '/.hidden', '../up/one.js', '',
];
for (const p of posixPaths) {
  assert.strictEqual(path.posix.format(path.posix.parse(p)), p, `posix roundtrip ${p}`);
}
const winPaths = [
  'C:\\path\\dir\\index.html', 'C:\\some dir\\1 2.txt', 'dir\\file.ext', 'file',
  '\\\\server\\share\\file_path', '\\\\server two\\shared folder\\file path.zip',
  'C:\\', 'C:abc', '\\', '.\\file',
];
for (const p of winPaths) {
  assert.strictEqual(path.win32.format(path.win32.parse(p)), p, `win32 roundtrip ${p}`);
}
// Every parsed object has name+ext === base and dir is a prefix-ish of the input.
for (const p of posixPaths) {
  const o = path.posix.parse(p);
  assert.strictEqual(o.name + o.ext, o.base);
  assert.ok(p.startsWith(o.root));
}
assert.ok(common);
