// covers: stream.Readable, stream.Readable.prototype.push, stream.Readable.prototype.read, stream.Readable.prototype.readableObjectMode
'use strict';
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ objectMode: true, read() {} });
assert.strictEqual(r.readableObjectMode, true);
assert.strictEqual(r.readableHighWaterMark, 16);
const obj = { a: 1 };
r.push(obj);
r.push(0);
r.push('');
r.push(false);
r.push(null);
const seen = [];
r.on('data', (d) => seen.push(d));
r.on('end', common.mustCall(() => {
  assert.strictEqual(seen[0], obj);  // same reference, not copied
  assert.deepStrictEqual(seen.slice(1), [0, '', false]);
}));

// Non-object mode rejects non-buffer chunks.
const bad = new Readable({ read() {} });
bad.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
  assert.strictEqual(err.name, 'TypeError');
  assert.match(err.message, /^The "chunk" argument must be of type string or an instance of Buffer/);
}));
bad.push(123);

// In object mode, read() returns one item regardless of size.
const r2 = new Readable({ objectMode: true, read() {} });
r2.push({ n: 1 });
r2.push({ n: 2 });
r2.push(null);
r2.once('readable', common.mustCall(() => {
  assert.deepStrictEqual(r2.read(100), { n: 1 });
  assert.deepStrictEqual(r2.read(), { n: 2 });
}));
