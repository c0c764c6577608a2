// covers: string_decoder.StringDecoder, string_decoder.StringDecoder.prototype.write, string_decoder.StringDecoder.prototype.end, string_decoder.StringDecoder.prototype.text
'use strict';
const common = require('../common');
const assert = require('assert');
const sd = require('string_decoder');

assert.strictEqual(require('node:string_decoder'), sd);
assert.deepStrictEqual(Object.keys(sd), ['StringDecoder']);
const d = new sd.StringDecoder();
for (const m of ['write', 'end', 'text']) assert.strictEqual(typeof sd.StringDecoder.prototype[m], 'function', m);
// text(buf, offset) decodes from the given offset.
assert.strictEqual(d.text(Buffer.from('hello'), 2), 'llo');
assert.ok(common);
