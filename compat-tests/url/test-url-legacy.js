// covers: url.parse, url.format, url.resolve, querystring.parse, querystring.stringify
'use strict';
const common = require('../common');
const assert = require('assert');
const url = require('url');
const qs = require('querystring');

process.on('warning', () => {});  // DEP0169 on Node 24+
const u = url.parse('HTTP://user:pw@Host.COM:8080/p/a/t/h?query=string&a=1#hash', true);
assert.strictEqual(u.protocol, 'http:');
assert.strictEqual(u.auth, 'user:pw');
assert.strictEqual(u.host, 'host.com:8080');
assert.strictEqual(u.port, '8080');
assert.strictEqual(u.pathname, '/p/a/t/h');
assert.deepStrictEqual({ ...u.query }, { query: 'string', a: '1' });
assert.strictEqual(u.href, 'http://user:pw@host.com:8080/p/a/t/h?query=string&a=1#hash');
assert.strictEqual(url.parse('//h/p', false, true).host, 'h');
assert.strictEqual(url.parse('//h/p').host, null);
assert.strictEqual(url.parse('mailto:a@b.c').href, 'mailto:a@b.c');

assert.strictEqual(url.format({ protocol: 'https', hostname: 'x.org', pathname: '/a b', query: { q: 'é' } }),
                   'https://x.org/a b?q=%C3%A9');
const w = new URL('http://us:pw@xn--espaol-zwa.com/p?q#h');
assert.strictEqual(url.format(w, { auth: false, search: false, fragment: false, unicode: true }),
                   'http://español.com/p');
assert.strictEqual(url.resolve('http://a/b/c/d;p?q', '../g'), 'http://a/b/g');
assert.strictEqual(url.resolve('/one/two/three', 'four'), '/one/two/four');
assert.strictEqual(url.resolve('http://example.com/one', '/two'), 'http://example.com/two');

assert.deepStrictEqual({ ...qs.parse('a=1&a=2&b=%zz&c', null, null, { maxKeys: 3 }) }, { a: ['1', '2'], b: '%zz' });
assert.strictEqual(qs.stringify({ a: [1, 2], b: 'x y', c: null }, ';', ':'), 'a:1;a:2;b:x%20y;c:');
assert.throws(() => qs.escape('\ud800'), { code: 'ERR_INVALID_URI' });
void common;
