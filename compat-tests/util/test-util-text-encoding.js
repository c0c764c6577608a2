// covers: util, util.TextEncoder.prototype.encode, util.TextEncoder.prototype.encodeInto
// covers: util.TextEncoder.prototype.encoding, util.TextEncoder.prototype[Symbol.toStringTag]
// covers: util.TextDecoder.prototype.decode, util.TextDecoder.prototype.encoding
// covers: util.TextDecoder.prototype.fatal, util.TextDecoder.prototype.ignoreBOM
// covers: util.TextDecoder.prototype[Symbol.toStringTag]
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(require('node:util'), util);
assert.strictEqual(util.TextEncoder, globalThis.TextEncoder);
assert.strictEqual(util.TextDecoder, globalThis.TextDecoder);

// TextEncoder: always UTF-8.
const enc = new util.TextEncoder();
assert.strictEqual(enc.encoding, 'utf-8');
assert.strictEqual(Object.prototype.toString.call(enc), '[object TextEncoder]');
const bytes = enc.encode('h\u00e9\u20ac\u{1F600}');
assert.ok(bytes instanceof Uint8Array);
assert.deepStrictEqual([...bytes],
                       [0x68, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
assert.strictEqual(enc.encode().length, 0);
// A lone surrogate becomes U+FFFD.
assert.deepStrictEqual([...enc.encode('\ud800')], [0xef, 0xbf, 0xbd]);

// encodeInto reports how much was read (UTF-16 units) and written (bytes); it never
// splits a character.
const dest = new Uint8Array(5);
assert.deepStrictEqual(enc.encodeInto('a\u20acb', dest), { read: 3, written: 5 });
assert.deepStrictEqual([...dest], [0x61, 0xe2, 0x82, 0xac, 0x62]);
const small = new Uint8Array(3);
assert.deepStrictEqual(enc.encodeInto('a\u{1F600}', small), { read: 1, written: 1 });
assert.throws(() => enc.encodeInto('x', [0]), TypeError);

// TextDecoder defaults.
const dec = new util.TextDecoder();
assert.strictEqual(dec.encoding, 'utf-8');
assert.strictEqual(dec.fatal, false);
assert.strictEqual(dec.ignoreBOM, false);
assert.strictEqual(Object.prototype.toString.call(dec), '[object TextDecoder]');
assert.strictEqual(dec.decode(bytes), 'h\u00e9\u20ac\u{1F600}');
assert.strictEqual(dec.decode(), '');
// The BOM is stripped unless ignoreBOM is set.
const withBom = new Uint8Array([0xef, 0xbb, 0xbf, 0x41]);
assert.strictEqual(dec.decode(withBom), 'A');
const keep = new util.TextDecoder('utf-8', { ignoreBOM: true });
assert.strictEqual(keep.ignoreBOM, true);
assert.strictEqual(keep.decode(withBom), '\ufeffA');
// Invalid bytes become U+FFFD, or throw when fatal.
assert.strictEqual(dec.decode(new Uint8Array([0x41, 0xff])), 'A\ufffd');
const strict = new util.TextDecoder('utf8', { fatal: true });
assert.strictEqual(strict.fatal, true);
assert.throws(() => strict.decode(new Uint8Array([0xff])),
              common.expectsError({ code: 'ERR_ENCODING_INVALID_ENCODED_DATA', name: 'TypeError' }));

// Streaming: a character split across calls is held back until complete.
const s = new util.TextDecoder();
assert.strictEqual(s.decode(new Uint8Array([0xe2, 0x82]), { stream: true }), '');
assert.strictEqual(s.decode(new Uint8Array([0xac])), '\u20ac');

// Labels are normalised; other encodings decode too; ArrayBuffer and DataView are accepted.
const latin = new util.TextDecoder(' Latin1 ');
assert.strictEqual(latin.encoding, 'windows-1252');
assert.strictEqual(latin.decode(new Uint8Array([0x41, 0xe9]).buffer), 'A\u00e9');
const u16 = new util.TextDecoder('utf-16le');
assert.strictEqual(u16.encoding, 'utf-16le');
assert.strictEqual(u16.decode(new DataView(new Uint8Array([0x41, 0, 0x42, 0]).buffer)), 'AB');
assert.throws(() => new util.TextDecoder('no-such-encoding'),
              common.expectsError({ code: 'ERR_ENCODING_NOT_SUPPORTED', name: 'RangeError' }));
assert.throws(() => dec.decode('text'),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
