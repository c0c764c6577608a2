// covers: string_decoder.StringDecoder.prototype.write, string_decoder.StringDecoder.prototype.end
'use strict';
const common = require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

// base64 output is emitted in groups of 3 input bytes; leftovers are flushed
// (with padding) by end().
const d = new StringDecoder('base64');
assert.strictEqual(d.write(Buffer.from('a')), '');
assert.strictEqual(d.write(Buffer.from('b')), '');
assert.strictEqual(d.write(Buffer.from('c')), 'YWJj');
assert.strictEqual(d.write(Buffer.from('de')), '');
assert.strictEqual(d.end(), 'ZGU=');
assert.strictEqual(d.end(), '');
// Concatenating chunk outputs equals encoding the whole buffer in one go only
// at 3-byte boundaries.
const data = Buffer.from('hello, world!!');
const d2 = new StringDecoder('base64');
const out = d2.write(data.subarray(0, 6)) + d2.write(data.subarray(6, 12)) + d2.end(data.subarray(12));
assert.strictEqual(out, data.toString('base64'));
const d3 = new StringDecoder('base64');
assert.strictEqual(d3.end(Buffer.from([0xff])), '/w==');
assert.ok(common);
