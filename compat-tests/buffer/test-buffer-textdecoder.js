// covers: globalThis.TextDecoder, util.TextDecoder, globalThis.TextDecoder.prototype.decode, globalThis.TextDecoder.prototype.encoding, globalThis.TextDecoder.prototype.ignoreBOM
'use strict';
require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.TextDecoder, globalThis.TextDecoder);

const d = new TextDecoder();
assert.strictEqual(d.encoding, 'utf-8');
assert.strictEqual(d.fatal, false);
assert.strictEqual(d.ignoreBOM, false);
assert.strictEqual(d.decode(), '');
assert.strictEqual(d.decode(new Uint8Array([0xe2, 0x82, 0xac])), '€');
assert.strictEqual(d.decode(Buffer.from('héllo')), 'héllo');
assert.strictEqual(d.decode(new Uint8Array([0x61, 0x62]).buffer), 'ab');
assert.strictEqual(d.decode(new DataView(new Uint8Array([0x61, 0x62, 0x63]).buffer, 1)), 'bc');
assert.strictEqual(d.decode(new Uint16Array([0x6261])), 'ab');

// Invalid bytes decode to U+FFFD.
assert.strictEqual(d.decode(new Uint8Array([0x61, 0xff, 0x62])), 'a\ufffdb');
assert.strictEqual(d.decode(new Uint8Array([0xf0, 0x9f, 0x98])), '\ufffd');

// BOM handling: stripped by default, kept with ignoreBOM.
const withBom = new Uint8Array([0xef, 0xbb, 0xbf, 0x41]);
assert.strictEqual(d.decode(withBom), 'A');
const keep = new TextDecoder('utf-8', { ignoreBOM: true });
assert.strictEqual(keep.ignoreBOM, true);
assert.strictEqual(keep.decode(withBom), '\ufeffA');
// Only a leading BOM is stripped.
assert.strictEqual(d.decode(new Uint8Array([0x41, 0xef, 0xbb, 0xbf])), 'A\ufeff');

// Labels are normalized.
assert.strictEqual(new TextDecoder('UTF8').encoding, 'utf-8');
assert.strictEqual(new TextDecoder(' unicode-1-1-utf-8 ').encoding, 'utf-8');
assert.strictEqual(new TextDecoder('utf-16le').encoding, 'utf-16le');
assert.strictEqual(new TextDecoder('utf-16').encoding, 'utf-16le');
assert.strictEqual(new TextDecoder('latin1').encoding, 'windows-1252');

assert.strictEqual(new TextDecoder('utf-16le').decode(new Uint8Array([0x61, 0x00, 0xac, 0x20])), 'a€');

assert.throws(() => new TextDecoder('bogus'), (err) => {
  assert.strictEqual(err.name, 'RangeError');
  assert.strictEqual(err.code, 'ERR_ENCODING_NOT_SUPPORTED');
  assert.strictEqual(err.message, 'The "bogus" encoding is not supported');
  return true;
});
assert.throws(() => d.decode('abc'), (err) => {
  assert.strictEqual(err.name, 'TypeError');
  assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
  return true;
});
