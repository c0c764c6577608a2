// covers: string_decoder.StringDecoder.prototype.write, string_decoder.StringDecoder.prototype.end
'use strict';
const common = require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

const d = new StringDecoder('base64url');
const bytes = Buffer.from([0xfb, 0xff, 0xbf, 0xfe]);
assert.strictEqual(d.write(bytes.subarray(0, 3)), '-_-_');
// No padding in base64url.
assert.strictEqual(d.end(bytes.subarray(3)), '_g');
assert.strictEqual(new StringDecoder('base64url').end(bytes), bytes.toString('base64url'));
assert.ok(common);
