// covers: util.TextEncoder, util.TextDecoder, globalThis.TextEncoder, globalThis.TextDecoder
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.TextEncoder, globalThis.TextEncoder);
assert.strictEqual(util.TextDecoder, globalThis.TextDecoder);
const enc = new util.TextEncoder();
assert.strictEqual(enc.encoding, 'utf-8');
assert.deepStrictEqual(enc.encode('\u20ac'), new Uint8Array([0xe2, 0x82, 0xac]));
const target = new Uint8Array(2);
assert.deepStrictEqual(enc.encodeInto('\u20ac', target), { read: 0, written: 0 });
assert.deepStrictEqual(enc.encodeInto('ab', target), { read: 2, written: 2 });
const dec = new util.TextDecoder();
assert.strictEqual(dec.encoding, 'utf-8');
assert.strictEqual(dec.decode(new Uint8Array([0xe2, 0x82, 0xac])), '\u20ac');
// Streaming decode keeps partial characters.
assert.strictEqual(dec.decode(new Uint8Array([0xe2, 0x82]), { stream: true }), '');
assert.strictEqual(dec.decode(new Uint8Array([0xac])), '\u20ac');
// BOM is stripped unless ignoreBOM.
assert.strictEqual(dec.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])), 'A');
assert.strictEqual(new util.TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])), '\ufeffA');
// fatal mode throws on invalid data.
assert.throws(() => new util.TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff])), common.expectsError({
  code: 'ERR_ENCODING_INVALID_ENCODED_DATA', name: 'TypeError',
}));
assert.strictEqual(new util.TextDecoder('utf-16le').decode(new Uint8Array([0x41, 0x00])), 'A');
assert.throws(() => new util.TextDecoder('nope'), common.expectsError({ code: 'ERR_ENCODING_NOT_SUPPORTED', name: 'RangeError' }));
