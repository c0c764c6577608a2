'use strict';
// Throughput of everyday calls into the other built modules, one typical call each: events,
// path, url, querystring, util, string_decoder, assert, zlib. Each is optional (skipped when the
// engine lacks the module). Ops/s; zlib also MiB/s.
const { throughput, skipped, randomBytes, optional } = require('../../lib/harness.js');
const { Buffer } = require('buffer');

const ops = [];
function add(module, name, make) {
  const m = optional(module);
  if (m === undefined) { skipped(`core.${name}`, `no ${module}`); return; }
  ops.push([`core.${name}`, make(m)]);
}

add('events', 'events.emit', ({ EventEmitter }) => {
  const e = new EventEmitter();
  let n = 0;
  for (let i = 0; i < 3; i++) e.on('data', (a, b) => { n += a + b; });
  return () => { e.emit('data', 1, 2); return n; };
});
add('events', 'events.onOff', ({ EventEmitter }) => {
  const e = new EventEmitter();
  const f = () => {};
  return () => { e.on('x', f); e.off('x', f); return e.listenerCount('x'); };
});
add('path', 'path.resolve', (path) => () => path.resolve('/srv/app', '../lib', './mod/index.js'));
add('path', 'path.parse', (path) => () => path.parse('/home/user/dir/file.test.js').name);
add('url', 'url.URL', ({ URL }) => () => new URL('https://user:pw@example.com:8080/p/a/t/h?query=string&x=1#hash')
  .searchParams.get('x'));
add('querystring', 'querystring.parse', (qs) => () => qs.parse('a=1&b=two&c=%20three&d=4&d=5').d);
add('util', 'util.format', (util) => () => util.format('%s: %d items, %j', 'cart', 42, { id: 7 }));
add('util', 'util.inspect', (util) => {
  const obj = { id: 1, name: 'node4j', tags: ['a', 'b'], nested: { ok: true, list: [1, 2, 3] } };
  return () => util.inspect(obj);
});
add('string_decoder', 'string_decoder.write', ({ StringDecoder }) => {
  const d = new StringDecoder('utf8');
  const chunk = Buffer.from('node4j: Ünïcødé ✓ '.repeat(40));
  return () => d.write(chunk);
});
add('assert', 'assert.deepStrictEqual', (assert) => {
  const a = { id: 1, list: [1, 2, { x: 'y' }], map: new Map([['k', 1]]) };
  const b = { id: 1, list: [1, 2, { x: 'y' }], map: new Map([['k', 1]]) };
  return () => assert.deepStrictEqual(a, b);
});
const zchunk = Buffer.from(randomBytes(65536).map((v) => v & 0x0f));   // compressible
add('zlib', 'zlib.gzipSync', (zlib) => () => zlib.gzipSync(zchunk));
add('zlib', 'zlib.gunzipSync', (zlib) => {
  const gz = zlib.gzipSync(zchunk);
  return () => zlib.gunzipSync(gz);
});

for (const [name, fn] of ops) {
  throughput(name, fn, name.startsWith('core.zlib') ? { bytes: zchunk.length } : {});
}
