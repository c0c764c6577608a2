// covers: stream.Readable.prototype.compose, stream.Duplex.toWeb, stream.Readable.toWeb
'use strict';
const common = require('../common');
const assert = require('assert');
const { Readable, Duplex, Transform } = require('stream');

assert.strictEqual(Readable.prototype.compose.length, 2);
assert.strictEqual(Readable.prototype.drop.length, 1);
assert.strictEqual(Readable.prototype.reduce.length, 3);

// compose() returns the Duplex itself: readable only when `this` is a Readable.
const upper = Readable.from(['ab', 'cd']).compose(new Transform({
  objectMode: true,
  transform(chunk, enc, cb) { cb(null, String(chunk).toUpperCase()); },
}));
assert.ok(upper instanceof Duplex);
assert.strictEqual(upper.writable, false);
upper.toArray().then(common.mustCall((all) => assert.deepStrictEqual(all, ['AB', 'CD'])));

assert.throws(() => Readable.from(['a']).compose(Readable.from(['b'])),
              { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });

// Duplex.toWeb with readableType 'bytes' gives a byte stream (BYOB readers allowed).
const duplex = new Duplex({
  read() { this.push(Buffer.from('hey')); this.push(null); },
  write(chunk, enc, cb) { cb(); },
});
const { readable } = Duplex.toWeb(duplex, { readableType: 'bytes' });
const reader = readable.getReader({ mode: 'byob' });
reader.read(new Uint8Array(8)).then(common.mustCall(({ value }) => {
  assert.strictEqual(Buffer.from(value).toString(), 'hey');
}));

// Readable.toWeb accepts only type 'bytes' (or none); a bad type leaves the source untouched.
const src = new Readable({ read() {} });
assert.throws(() => Readable.toWeb(src, { type: 'chars' }),
              { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });
assert.strictEqual(src.listenerCount('data'), 0);

// The state objects carry no readable/writable flag until one is set to false.
assert.strictEqual(new Readable()._readableState.readable, undefined);
assert.strictEqual(new (require('stream').Writable)()._writableState.writable, undefined);
