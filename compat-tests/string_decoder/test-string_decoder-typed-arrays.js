// covers: string_decoder.StringDecoder.prototype.write, string_decoder.StringDecoder.prototype.end
'use strict';
const common = require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

// Plain Uint8Array and DataView inputs are accepted.
const d = new StringDecoder('utf8');
const euro = new Uint8Array([0xE2, 0x82, 0xAC]);
assert.strictEqual(d.write(euro.subarray(0, 2)), '');
assert.strictEqual(d.write(euro.subarray(2)), '\u20ac');
const dv = new DataView(new Uint8Array([0x68, 0x69]).buffer);
assert.strictEqual(d.write(dv), 'hi');
assert.strictEqual(d.end(new Uint8Array([0x21])), '!');
assert.ok(common);
