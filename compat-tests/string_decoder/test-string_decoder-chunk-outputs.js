// covers: string_decoder.StringDecoder.prototype.write, string_decoder.StringDecoder.prototype.end, string_decoder.StringDecoder.prototype.text, string_decoder.StringDecoder.prototype.lastNeed, string_decoder.StringDecoder.prototype.lastTotal
'use strict';
const common = require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

// What each write() returns, not only the concatenation: a UTF-16 unit completed from a held
// odd byte goes out at once, even when it is a high surrogate.
const u = new StringDecoder('utf16le');
assert.strictEqual(u.write(Buffer.from([0x3D])), '');
assert.strictEqual(u.write(Buffer.from([0xD8])), '\ud83d');
assert.strictEqual(u.lastTotal, 0);
assert.strictEqual(u.write(Buffer.from([0x4D, 0xDC])), '\udc4d');
// Three bytes: the complete unit goes out, the odd byte waits.
assert.strictEqual(u.write(Buffer.from([0x3D, 0xD8, 0x4D])), '\ud83d');
assert.strictEqual(u.lastNeed, 1);
assert.strictEqual(u.lastTotal, 2);
assert.strictEqual(u.end(Buffer.from([0xDC])), '\udc4d');

// UTF-8: an empty chunk changes nothing; a byte that cannot continue the held character
// turns it into U+FFFD and starts a new one.
const d = new StringDecoder('utf8');
assert.strictEqual(d.write(Buffer.from([0xF0, 0x9F])), '');
assert.strictEqual(d.write(Buffer.alloc(0)), '');
assert.strictEqual(d.lastNeed, 2);
assert.strictEqual(d.write(Buffer.from([0x98, 0xE2, 0x82])), '\ufffd');
assert.strictEqual(d.lastNeed, 1);
assert.strictEqual(d.lastTotal, 3);
assert.strictEqual(d.end(Buffer.from([0xAC, 0x41])), '\u20acA');

// The argument is checked before the receiver.
assert.strictEqual(StringDecoder.prototype.write.call({}, 'text'), 'text');
assert.throws(() => StringDecoder.prototype.write.call({}, null),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
assert.throws(() => StringDecoder.prototype.write.call({}, Buffer.from('a')),
              common.expectsError({ code: 'ERR_INVALID_THIS', name: 'TypeError' }));

// text() drops held bytes and slices its argument by elements.
const t = new StringDecoder('utf8');
assert.strictEqual(t.write(Buffer.from([0xE2])), '');
assert.strictEqual(t.text(new Uint16Array([0x4141, 0x4242]), 1), 'BB');
assert.strictEqual(t.lastNeed, 0);
assert.strictEqual(t.text('abc', 1), 'bc');
