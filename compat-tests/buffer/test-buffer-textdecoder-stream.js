// covers: globalThis.TextDecoder.prototype.decode, globalThis.TextDecoder
'use strict';
require('../common');
const assert = require('assert');

const whole = Buffer.from('a€😀b');
// Feed one byte at a time in streaming mode.
const d = new TextDecoder();
let out = '';
for (const byte of whole) out += d.decode(new Uint8Array([byte]), { stream: true });
out += d.decode();
assert.strictEqual(out, 'a€😀b');

// Without stream, a split sequence yields replacement characters.
const d2 = new TextDecoder();
assert.strictEqual(d2.decode(whole.subarray(0, 2)), 'a\ufffd');

// A pending partial sequence flushed at the end becomes U+FFFD.
const d3 = new TextDecoder();
assert.strictEqual(d3.decode(new Uint8Array([0x61, 0xf0, 0x9f]), { stream: true }), 'a');
assert.strictEqual(d3.decode(), '\ufffd');
// After flush the decoder is reset.
assert.strictEqual(d3.decode(new Uint8Array([0x62])), 'b');

// BOM is only stripped at the start of a stream.
const d4 = new TextDecoder();
assert.strictEqual(d4.decode(new Uint8Array([0xef, 0xbb]), { stream: true }), '');
assert.strictEqual(d4.decode(new Uint8Array([0xbf, 0x41]), { stream: true }), 'A');
assert.strictEqual(d4.decode(new Uint8Array([0xef, 0xbb, 0xbf]), { stream: true }), '\ufeff');
assert.strictEqual(d4.decode(), '');

// UTF-16LE streaming with a split code unit and surrogate pair.
const u = new TextDecoder('utf-16le');
const bytes = Buffer.from('x😀', 'utf16le');
let s = '';
for (const byte of bytes) s += u.decode(new Uint8Array([byte]), { stream: true });
s += u.decode();
assert.strictEqual(s, 'x😀');
