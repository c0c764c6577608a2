// covers: string_decoder.StringDecoder.prototype.lastNeed, string_decoder.StringDecoder.prototype.lastTotal, string_decoder.StringDecoder.prototype.lastChar
'use strict';
const common = require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

const d = new StringDecoder('utf8');
assert.strictEqual(d.lastNeed, 0);
d.write(Buffer.from([0xF0, 0x9F]));
// Two of four bytes received: two more needed.
assert.strictEqual(d.lastTotal, 4);
assert.strictEqual(d.lastNeed, 2);
assert.ok(Buffer.isBuffer(d.lastChar));
assert.strictEqual(d.lastChar[0], 0xF0);
assert.strictEqual(d.lastChar[1], 0x9F);
d.write(Buffer.from([0x98, 0x80]));
assert.strictEqual(d.lastNeed, 0);
assert.ok(common);
