// covers: string_decoder.StringDecoder.prototype.write, string_decoder.StringDecoder.prototype.end
'use strict';
const common = require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

// Decoding a long mixed text one byte at a time gives the original text.
let text = '';
for (let i = 0; i < 300; i++) text += String.fromCodePoint([0x41, 0xe9, 0x4e2d, 0x1F680][i % 4] + (i % 7));
const bytes = Buffer.from(text);
const d = new StringDecoder('utf8');
let out = '';
for (let i = 0; i < bytes.length; i++) out += d.write(bytes.subarray(i, i + 1));
out += d.end();
assert.strictEqual(out, text);
// Random chunk sizes.
const d2 = new StringDecoder('utf8');
let out2 = '';
for (let i = 0, step = 1; i < bytes.length; i += step, step = (step % 5) + 1) {
  out2 += d2.write(bytes.subarray(i, i + step));
}
assert.strictEqual(out2 + d2.end(), text);
assert.ok(common);
