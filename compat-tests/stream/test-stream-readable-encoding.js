// covers: stream.Readable.prototype.setEncoding, stream.Readable.prototype.readableEncoding
'use strict';
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const euro = Buffer.from('€');  // 3 bytes
const r = new Readable({ read() {} });
assert.strictEqual(r.readableEncoding, null);
assert.strictEqual(r.setEncoding('utf8'), r);
assert.strictEqual(r.readableEncoding, 'utf8');
const parts = [];
r.on('data', (s) => {
  assert.strictEqual(typeof s, 'string');
  parts.push(s);
});
r.on('end', common.mustCall(() => {
  // Multi-byte characters split across chunks are reassembled.
  assert.strictEqual(parts.join(''), 'a€b');
  assert.ok(parts.every((p) => !p.includes('\ufffd')));
}));
r.push(Buffer.from('a'));
r.push(euro.subarray(0, 1));
r.push(euro.subarray(1));
r.push(Buffer.from('b'));
r.push(null);

// encoding constructor option; hex output.
const h = new Readable({ encoding: 'hex', read() {} });
h.push(Buffer.from([0xab, 0xcd]));
h.push(null);
h.on('data', common.mustCall((s) => assert.strictEqual(s, 'abcd')));

// Strings pushed with an encoding are decoded into bytes first.
const b = new Readable({ read() {} });
b.push('6869', 'hex');
b.push(null);
b.on('data', common.mustCall((c) => assert.strictEqual(c.toString(), 'hi')));

assert.throws(() => new Readable().setEncoding('nope'), {
  code: 'ERR_UNKNOWN_ENCODING',
  message: 'Unknown encoding: nope',
});

// An unknown defaultEncoding is rejected when the Readable is built.
assert.throws(() => new Readable({ read() {}, defaultEncoding: 'no-such-enc' }),
              { code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError' });
