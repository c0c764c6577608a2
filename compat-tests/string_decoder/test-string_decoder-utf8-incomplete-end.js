// covers: string_decoder.StringDecoder.prototype.end, string_decoder.StringDecoder.prototype.write
'use strict';
const common = require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

// An incomplete sequence left at end() becomes one U+FFFD.
let d = new StringDecoder('utf8');
assert.strictEqual(d.write(Buffer.from([0xE2, 0x82])), '');
assert.strictEqual(d.end(), '\ufffd');
// After end() the decoder is reset and reusable.
assert.strictEqual(d.write(Buffer.from('ok')), 'ok');
assert.strictEqual(d.end(), '');
// end(buf) is write(buf) + end().
d = new StringDecoder('utf8');
assert.strictEqual(d.end(Buffer.from([0x61, 0xF0, 0x9F])), 'a\ufffd');
d = new StringDecoder('utf8');
d.write(Buffer.from([0xF0]));
assert.strictEqual(d.end(Buffer.from([0x9F, 0x98, 0x80])), '\u{1F600}');
assert.strictEqual(new StringDecoder().end(), '');
assert.ok(common);
