// covers: stream.Duplex
'use strict';
const common = require('../common');
const assert = require('assert');
const { Duplex, Readable, Writable } = require('stream');

const written = [];
const d = new Duplex({
  read() {},
  write(chunk, enc, cb) { written.push(String(chunk)); cb(); },
});
assert.ok(d instanceof Readable);
// Writable via Symbol.hasInstance even though not in the prototype chain.
assert.ok(d instanceof Writable);
assert.strictEqual(d.allowHalfOpen, true);

d.write('to-writable');
d.push('from-readable');
d.push(null);
d.on('data', common.mustCall((c) => assert.strictEqual(String(c), 'from-readable')));
d.on('end', common.mustCall(() => {
  // Half-open: readable ended, writable still open.
  assert.strictEqual(d.writable, true);
  d.end('last');
}));
d.on('finish', common.mustCall(() => assert.deepStrictEqual(written, ['to-writable', 'last'])));
d.on('close', common.mustCall());

// allowHalfOpen: false ends the writable side when the readable ends.
const d2 = new Duplex({ allowHalfOpen: false, read() {}, write(c, e, cb) { cb(); } });
d2.on('finish', common.mustCall());
d2.resume();
d2.push(null);

// Separate object modes.
const d3 = new Duplex({ readableObjectMode: true, read() {}, write(c, e, cb) { cb(); } });
assert.strictEqual(d3.readableObjectMode, true);
assert.strictEqual(d3.writableObjectMode, false);
