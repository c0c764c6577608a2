// covers: string_decoder.StringDecoder.prototype.write, string_decoder.StringDecoder.prototype.end
'use strict';
const common = require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

function decode(bytes) {
  const d = new StringDecoder('utf8');
  return d.write(Buffer.from(bytes)) + d.end();
}
// Lone continuation bytes and invalid lead bytes each become U+FFFD.
assert.strictEqual(decode([0x80]), '\ufffd');
assert.strictEqual(decode([0xC3, 0x61]), '\ufffda');
assert.strictEqual(decode([0xFF, 0x41]), '\ufffdA');
assert.strictEqual(decode([0xE2, 0x82, 0x41]), '\ufffdA');
assert.strictEqual(decode([0x61, 0x80, 0x62]), 'a\ufffdb');
// Matches Buffer#toString for complete inputs.
for (const bytes of [[0xC3, 0xA9], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF]]) {
  assert.strictEqual(decode(bytes), Buffer.from(bytes).toString('utf8'), JSON.stringify(bytes));
}
assert.ok(common);
