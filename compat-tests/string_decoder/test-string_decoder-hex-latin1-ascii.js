// covers: string_decoder.StringDecoder.prototype.write, string_decoder.StringDecoder.prototype.end
'use strict';
const common = require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

// Single-byte encodings never hold bytes back.
const bytes = Buffer.from([0x00, 0x41, 0x7f, 0x80, 0xe9, 0xff]);
const hex = new StringDecoder('hex');
assert.strictEqual(hex.write(bytes.subarray(0, 1)), '00');
assert.strictEqual(hex.write(bytes.subarray(1)), '417f80e9ff');
assert.strictEqual(hex.end(), '');
const latin1 = new StringDecoder('latin1');
assert.strictEqual(latin1.write(bytes), '\u0000A\u007f\u0080\u00e9\u00ff');
assert.strictEqual(latin1.end(), '');
const ascii = new StringDecoder('ascii');
assert.strictEqual(ascii.write(bytes), bytes.toString('ascii'));
assert.strictEqual(ascii.end(), '');
assert.strictEqual(new StringDecoder('binary').write(Buffer.from([0xe9])), '\u00e9');
assert.ok(common);
