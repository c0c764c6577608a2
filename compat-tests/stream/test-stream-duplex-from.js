// covers: stream.Duplex.from
'use strict';
const common = require('../common');
const assert = require('assert');
const { Duplex, Readable, PassThrough } = require('stream');

(async () => {
  // From an async generator function: a transform-like duplex.
  const d = Duplex.from(async function*(source) {
    for await (const c of source) yield String(c).toUpperCase();
  });
  assert.ok(d instanceof Duplex);
  d.end('abc');
  const parts = await d.toArray();
  assert.strictEqual(parts.join(''), 'ABC');

  // From a string / iterable: readable-only.
  const r = Duplex.from(['x', 'y']);
  assert.deepStrictEqual(await r.toArray(), ['x', 'y']);

  // From { readable, writable } pair.
  const rd = new PassThrough();
  const wr = new PassThrough();
  const pair = Duplex.from({ readable: rd, writable: wr });
  wr.on('data', common.mustCall((c) => assert.strictEqual(String(c), 'to-w')));
  pair.end('to-w');
  rd.end('from-r');
  const fromR = await pair.toArray();
  assert.strictEqual(Buffer.concat(fromR).toString(), 'from-r');

  // A Duplex is returned as-is; a plain Readable gets wrapped.
  const existing = new PassThrough();
  assert.strictEqual(Duplex.from(existing), existing);
  const wrapped = Duplex.from(Readable.from(['w']));
  assert.ok(wrapped instanceof Duplex);
  assert.deepStrictEqual(await wrapped.toArray(), ['w']);
})().then(common.mustCall());

assert.throws(() => Duplex.from(42), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
