// covers: string_decoder.StringDecoder.prototype.write
'use strict';
const common = require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

// A pending lead byte followed by a non-continuation byte in the next chunk
// yields U+FFFD then the new character.
const d = new StringDecoder('utf8');
assert.strictEqual(d.write(Buffer.from([0xE2])), '');
assert.strictEqual(d.write(Buffer.from([0x41])), '\ufffdA');
assert.strictEqual(d.write(Buffer.from([0xF0, 0x9F])), '');
assert.strictEqual(d.write(Buffer.from([0x98])), '');
assert.strictEqual(d.write(Buffer.from([0x41])), '\ufffdA');
assert.strictEqual(d.end(), '');
assert.ok(common);
