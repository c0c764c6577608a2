// covers: string_decoder.StringDecoder.prototype.write, string_decoder.StringDecoder.prototype.end
'use strict';
const common = require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

const text = 'ab\u00e9\u{1F600}c';
const bytes = Buffer.from(text, 'utf16le');
// Any split point (including inside a surrogate pair) decodes correctly.
for (let i = 0; i <= bytes.length; i++) {
  const d = new StringDecoder('utf16le');
  assert.strictEqual(d.write(bytes.subarray(0, i)) + d.write(bytes.subarray(i)) + d.end(), text, `split ${i}`);
}
// A lone odd byte waits for its partner.
const d = new StringDecoder('ucs2');
assert.strictEqual(d.write(Buffer.from([0x61])), '');
assert.strictEqual(d.write(Buffer.from([0x00, 0x62])), 'a');
assert.strictEqual(d.write(Buffer.from([0x00])), 'b');
// A high surrogate is held back until its low surrogate arrives.
const hi = Buffer.from([0x3D, 0xD8]);
const lo = Buffer.from([0x00, 0xDE]);
assert.strictEqual(d.write(hi), '');
assert.strictEqual(d.write(lo), '\u{1F600}');
// An unpaired high surrogate is flushed as-is by end().
assert.strictEqual(d.write(hi), '');
assert.strictEqual(d.end(), '\ud83d');
assert.ok(common);
