// covers: string_decoder
'use strict';
const common = require('../common');
const assert = require('assert');
const stringDecoder = require('string_decoder');

// The module is a plain namespace whose only export is the StringDecoder class.
assert.strictEqual(require('node:string_decoder'), stringDecoder);
assert.strictEqual(typeof stringDecoder, 'object');
assert.strictEqual(typeof stringDecoder.StringDecoder, 'function');

// Decoders from the module keep per-instance state: two interleaved streams do not mix.
const { StringDecoder } = stringDecoder;
const a = new StringDecoder('utf8');
const b = new StringDecoder('utf16le');
const euro = Buffer.from('\u20ac', 'utf8');            // e2 82 ac
const smile = Buffer.from('\u{1F600}', 'utf16le');     // surrogate pair, 4 bytes
assert.strictEqual(a.write(euro.subarray(0, 1)), '');
assert.strictEqual(b.write(smile.subarray(0, 2)), '');
assert.strictEqual(a.write(euro.subarray(1)), '\u20ac');
assert.strictEqual(b.write(smile.subarray(2)), '\u{1F600}');
assert.strictEqual(a.end(), '');
assert.strictEqual(b.end(), '');

// The encoding is normalised and unknown names are rejected.
assert.strictEqual(new StringDecoder('UTF-8').encoding, 'utf8');
assert.strictEqual(new StringDecoder('ucs2').encoding, 'utf16le');
assert.strictEqual(new StringDecoder().encoding, 'utf8');
assert.throws(() => new StringDecoder('klingon'),
              common.expectsError({ code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError',
                                    message: 'Unknown encoding: klingon' }));
