// covers: url.fileURLToPath, url.pathToFileURL, url.urlToHttpOptions, url.domainToASCII, url.domainToUnicode
'use strict';
require('../common');
const assert = require('assert');
const url = require('url');

assert.strictEqual(url.fileURLToPath('file:///a%20b/c'), '/a b/c');
assert.strictEqual(url.fileURLToPath(new URL('file:///x/y')), '/x/y');
assert.throws(() => url.fileURLToPath('http://h/x'), { code: 'ERR_INVALID_URL_SCHEME' });
assert.throws(() => url.fileURLToPath('file:///a%2fb'), { code: 'ERR_INVALID_FILE_URL_PATH' });
assert.throws(() => url.fileURLToPath('file://host/x'), { code: 'ERR_INVALID_FILE_URL_HOST' });
assert.strictEqual(url.fileURLToPath('file:///C:/a/b', { windows: true }), 'C:\\a\\b');
assert.strictEqual(url.pathToFileURL('/tmp/a b%#?.txt').href, 'file:///tmp/a%20b%25%23%3F.txt');
assert.strictEqual(url.pathToFileURL('/tmp/dir/').href, 'file:///tmp/dir/');
assert.strictEqual(url.pathToFileURL('/tmp/a\nb\\c').href, 'file:///tmp/a%0Ab%5Cc');

const opts = url.urlToHttpOptions(new URL('https://u:p@[::1]:8443/x?y#z'));
assert.strictEqual(opts.hostname, '::1');
assert.strictEqual(opts.port, 8443);
assert.strictEqual(opts.path, '/x?y');
assert.strictEqual(opts.auth, 'u:p');

assert.strictEqual(url.domainToASCII('español.com'), 'xn--espaol-zwa.com');
assert.strictEqual(url.domainToASCII('xn--iñvalid.com'), '');
assert.strictEqual(url.domainToUnicode('xn--espaol-zwa.com'), 'español.com');
