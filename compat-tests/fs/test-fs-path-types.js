// covers: fs.readFileSync, fs.writeFileSync, fs.statSync, fs.promises.readFile, fs.existsSync
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

const dir = common.tmpdir.refresh();
const f = path.join(dir, 'päth with space.txt');

// Buffer paths.
fs.writeFileSync(Buffer.from(f), 'buf');
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'buf');
assert.strictEqual(fs.statSync(Buffer.from(f)).size, 3);

// file: URL objects, including percent-encoding.
const url = pathToFileURL(f);
assert.match(url.href, /p%C3%A4th%20with%20space\.txt$/);
assert.strictEqual(fs.readFileSync(url, 'utf8'), 'buf');
fs.writeFileSync(url, 'url');
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'url');

// Non-file URLs are rejected.
assert.throws(() => fs.readFileSync(new URL('http://example.com/x')), common.expectsError({
  code: 'ERR_INVALID_URL_SCHEME',
  name: 'TypeError',
  message: 'The URL must be of scheme file',
}));
if (!common.isWindows) {
  // Encoded slashes are not allowed in file URL paths.
  assert.throws(() => fs.readFileSync(new URL('file:///a%2Fb')), common.expectsError({
    code: 'ERR_INVALID_FILE_URL_PATH',
    name: 'TypeError',
    message: 'File URL path must not include encoded / characters',
  }));
  assert.throws(() => fs.readFileSync(new URL('file://host/x')), common.expectsError({
    code: 'ERR_INVALID_FILE_URL_HOST',
    name: 'TypeError',
  }));
}
// A string starting with file: is a relative path, not a URL.
assert.throws(() => fs.readFileSync('file:///nope-' + process.pid), { code: 'ENOENT' });

fs.promises.readFile(url, 'utf8').then(common.mustCall((s) => assert.strictEqual(s, 'url')));
