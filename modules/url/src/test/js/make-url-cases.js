'use strict';
// Writes the URL parser's differential cases, with what Node answers for each, to stdout:
//   .engines/node24/bin/node modules/url/src/test/js/make-url-cases.js \
//     > modules/url/src/test/resources/dev/node4j/url/url-cases.json
// UrlCasesTest replays them on node4j. Inputs are hand-picked edge cases plus combinations of
// URL pieces drawn with a fixed seed, so the file only changes when this script does. No host is
// an invalid Punycode label ("xn--a"): Node 24 keeps one as it is, Node 25 (and node4j) reject it.

const FIELDS = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'hash'];

const schemes = ['http:', 'https:', 'HTTPS:', 'ws:', 'wss:', 'ftp:', 'file:', 'foo:', 'mailto:',
  'blob:', 'data:', 'git+ssh:', 'h\tttp:', '1http:', ''];
const slashes = ['//', '//', '//', '/', '', '///', '\\\\', '/\\', '\\'];
const userinfos = ['', '', '', 'user@', 'user:pw@', ':pw@', 'u:@', '@', ':@', 'a@b@', 'us er:p%41ss@',
  'ü@', 'a:b:c@', 'a;b=c@', 'USER:Pw@', 'a/b@'];
const hosts = ['example.com', 'example.com', 'EXAMPLE.Com', 'sub.example.co.uk', 'xn--bcher-kva.de',
  'XN--BCHER-KVA.de', 'bücher.de', '127.0.0.1', '0x7f.1', '1.2.3.256', '1.2.3', '999999999999',
  '[::1]', '[1:2::3]', '[::1', '[::ffff:1.2.3.4]', 'a..b', 'a.', '.', '', 'a%41.com', 'a%zz.com', 'a b', 'exa_mple.com',
  '-a-.com', '1a.com', 'a.1', 'a.0x', 'a.09', 'localhost', 'a$b', 'ab--cd.com', 'a.b.c.d.e', 'a\u00ADb.com',
  'ＥＸＡＭＰＬＥ.com', 'a|b', 'a^b', 'a<b', 'x.y.', '0', 'a.b.', 'a.b..'];
const ports = ['', '', '', ':', ':80', ':443', ':8080', ':0', ':00080', ':65535', ':65536', ':999999', ':12a',
  ':21', ': 1', ':0000000000000000081'];
const paths = ['', '', '/', '/a/b', '/p/a/t/h', '/a/./b', '/a/../b', '/.', '/..', '/%2e/', '/%2E%2e', '/a%2e/b',
  '/a b', '/a\\b', '/ü', '/{x}', '/a^b', '/.hidden', '/..a', '/C:/x', '/C|/x', '/a/', '//', '/a"b<c>', '/`',
  '/%', '/%zz', '/a\u{1F600}', '/\ud800', '/a#b'];
const queries = ['', '', '', '?', '?q=1&x=2', '?query=string&x=1', '?a b', '?\'"<>', '?ü', '?a`b', '?{}', '?%41',
  '?a?b', '?\ud800'];
const fragments = ['', '', '', '#', '#h', '#hash', '#a b', '#`x`', '##', '#ü', '#a?b', '#"<>\'', '#%20'];
const pads = ['', '', '', '', '', '', ' ', '\t', '\n', '\u0000', ' \u001F'];
const bases = [undefined, undefined, undefined, undefined, 'https://example.com/a/b/c', 'file:///C:/x/y',
  'mailto:x', 'invalid', 'http://u:p@h:81/p?q#f', 'HTTPS://EXAMPLE.COM/a'];
const relatives = ['../x', '..', '.', '', './x?y', '//h/p', '//H:80/p', '?q', '#f', '/abs', 'x', '\\\\h\\p',
  'https:x', 'https:/x', 'file:x', 'C:/x', 'a:b', '../../../../x', '/./x/../y', '%2e%2e/x'];

const fixed = [
  'https://user:pw@example.com:8080/p/a/t/h?query=string&x=1#hash', 'https://example.com',
  'http://example.com/', 'HTTP://EXAMPLE.com:80/a/./b/../c?q r#f g', 'https://0x7f.1/', 'file:///C|/x/../..',
  'http://[0:0:0:0:0:0:0:1]:8080/', 'javascript:alert(1)', 'mailto:someone@example.com', 'blob:https://a.com/uuid',
  'blob:nodedata:x', 'data:text/plain,hi', 'non-spec:/.//', 'non-spec:/..//p', 'http://a:b@c:d', 'http://@/',
  'https://a.com:443', 'ws://a.com:80/', 'wss://a.com:443', 'ftp://a.com:21/x', 'http://a.com:0080',
  'https://a.com?#', 'https://a.com#?', 'https://a.com/?', 'https://a.com/#', 'https://a.com/%2e',
  'https://a.com/a/%2E%2E', 'https://a.com/..', 'https://a.com:/x', 'https://u@a.com', 'https://:@a.com',
  'https://a.com\\b', 'http://a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p/', `https://${'a'.repeat(300)}.com/${'p'.repeat(300)}`,
  'https://ａ.com', 'http://192.168.0.257', 'http://0xffffffff', 'http://0xffffffff1', 'sc://ñ', 'sc://%/',
  'http://a.com/?x=\'', 'wss://a.com/\u00e9?\u00e9#\u00e9', 'https://a.com/\r\n', ' https://a.com ',
];

let seed = 20261207;
function rand(n) {   // xorshift32: the same cases on every run
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed % n;
}
const pick = (a) => a[rand(a.length)];

// One line a case: [input, base or null, then the FIELDS' values, or the error's name, code and message].
function record(input, base) {
  try {
    const u = base === undefined ? new URL(input) : new URL(input, base);
    return [input, base ?? null, ...FIELDS.map((f) => u[f])];
  } catch (e) {
    return [input, base ?? null, e.name, e.code, e.message];
  }
}

const cases = [];
for (const input of fixed) cases.push(record(input));
for (const base of bases) {
  if (base === undefined) continue;
  for (const input of relatives) cases.push(record(input, base));
}
for (let i = 0; i < 2500; i++) {
  const common = rand(3) > 0;   // two in three stay close to the usual shape
  const input = (common ? '' : pick(pads)) + pick(schemes) + (common ? '//' : pick(slashes)) + pick(userinfos) +
    pick(hosts) + pick(ports) + pick(paths) + pick(queries) + pick(fragments) + (common ? '' : pick(pads));
  cases.push(record(input, rand(8) === 0 ? pick(bases) : undefined));
}
for (let i = 0; i < 600; i++) cases.push(record(pick(relatives) + pick(queries) + pick(fragments), pick(bases.slice(4))));

process.stdout.write(`[\n${cases.map((c) => JSON.stringify(c)).join(',\n')}\n]\n`);
