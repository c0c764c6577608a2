// covers: url.URL, url.URLSearchParams, URL.canParse, URL.parse
'use strict';
require('../common');
const assert = require('assert');

const u = new URL('HTTP://user:pa ss@EXAMPLE.com:80/a/./b/../c?x=1&y=2#frag');
assert.strictEqual(u.href, 'http://user:pa%20ss@example.com/a/c?x=1&y=2#frag');
assert.strictEqual(u.origin, 'http://example.com');
assert.strictEqual(u.port, '');
assert.strictEqual(u.pathname, '/a/c');
assert.strictEqual(new URL('http://0x7f.1/').hostname, '127.0.0.1');
assert.strictEqual(new URL('http://[0:0::1]/').host, '[::1]');
assert.strictEqual(new URL('../x?q#h', 'https://h/a/b/c').href, 'https://h/a/x?q#h');
assert.strictEqual(new URL('http://bücher.de/').hostname, 'xn--bcher-kva.de');

// Setters and the live searchParams.
u.port = '8080';
u.hash = '';
u.searchParams.append('z', 'a b');
assert.strictEqual(u.href, 'http://user:pa%20ss@example.com:8080/a/c?x=1&y=2&z=a+b');
u.search = '?k=v';
assert.deepStrictEqual([...u.searchParams], [['k', 'v']]);
u.protocol = 'mailto';  // special to non-special is refused
assert.strictEqual(u.protocol, 'http:');

assert.throws(() => new URL('not a url'), { name: 'TypeError', code: 'ERR_INVALID_URL', input: 'not a url' });
assert.strictEqual(URL.canParse('nope'), false);
assert.strictEqual(URL.canParse('x', 'http://h/'), true);
assert.strictEqual(URL.parse('nope'), null);
assert.strictEqual(JSON.stringify({ u: new URL('http://h/') }), '{"u":"http://h/"}');

const p = new URLSearchParams({ b: '2', a: '1' });
p.append('b', '0');
p.sort();
assert.strictEqual(p.toString(), 'a=1&b=2&b=0');
assert.strictEqual(p.size, 3);
assert.strictEqual(p.has('b', '0'), true);
p.delete('b', '2');
assert.deepStrictEqual(p.getAll('b'), ['0']);
assert.strictEqual(new URLSearchParams([['a', '~ *']]).toString(), 'a=%7E+*');
assert.strictEqual(require('util').inspect(new URLSearchParams('a=1')), "URLSearchParams { 'a' => '1' }");
assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, 'URL').enumerable, false);
