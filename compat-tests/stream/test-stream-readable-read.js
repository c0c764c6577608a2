// covers: stream.Readable.prototype.read, stream.Readable.prototype.readableLength, stream.Readable.prototype._read
'use strict';
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {}, highWaterMark: 4 });
r.push('abc');
r.push('defg');
r.push(null);
assert.strictEqual(r.readableLength, 7);

r.once('readable', common.mustCall(() => {
  // read(n) returns exactly n bytes (joining chunks).
  assert.strictEqual(r.read(2).toString(), 'ab');
  assert.strictEqual(r.read(3).toString(), 'cde');
  // Not enough data buffered, but the stream ended: returns the rest.
  assert.strictEqual(r.read(10).toString(), 'fg');
  assert.strictEqual(r.read(), null);
}));
r.on('end', common.mustCall());

// _read is called with the size hint and push() from within _read works.
let n = 0;
const counter = new Readable({
  highWaterMark: 2,
  read(size) {
    assert.strictEqual(typeof size, 'number');
    n++;
    this.push(n <= 3 ? String(n) : null);
  },
});
const seen = [];
counter.on('data', (c) => seen.push(String(c)));
counter.on('end', common.mustCall(() => assert.deepStrictEqual(seen, ['1', '2', '3'])));

// read(0) triggers a _read without consuming data.
const zero = new Readable({ read: common.mustCallAtLeast(function() { this.push(null); }) });
assert.strictEqual(zero.read(0), null);
zero.resume();
