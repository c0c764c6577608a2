// covers: string_decoder.StringDecoder.prototype.write, string_decoder.StringDecoder.prototype.end
'use strict';
const common = require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

// Every way of splitting a multi-byte sequence across writes yields the same text.
const text = 'a\u00e9\u20ac\u{1F600}z';
const bytes = Buffer.from(text, 'utf8');
for (let i = 0; i <= bytes.length; i++) {
  for (let j = i; j <= bytes.length; j++) {
    const d = new StringDecoder('utf8');
    const out = d.write(bytes.subarray(0, i)) + d.write(bytes.subarray(i, j)) +
                d.write(bytes.subarray(j)) + d.end();
    assert.strictEqual(out, text, `split at ${i},${j}`);
  }
}
// Byte-at-a-time: incomplete characters produce '' until complete.
const d = new StringDecoder('utf8');
const euro = Buffer.from('\u20ac');
assert.strictEqual(d.write(euro.subarray(0, 1)), '');
assert.strictEqual(d.write(euro.subarray(1, 2)), '');
assert.strictEqual(d.write(euro.subarray(2)), '\u20ac');
assert.ok(common);
