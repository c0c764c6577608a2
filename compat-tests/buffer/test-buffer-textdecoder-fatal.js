// covers: globalThis.TextDecoder, globalThis.TextDecoder.prototype.decode, globalThis.TextDecoder.prototype.fatal
'use strict';
require('../common');
const assert = require('assert');

const d = new TextDecoder('utf-8', { fatal: true });
assert.strictEqual(d.fatal, true);
assert.strictEqual(d.decode(new Uint8Array([0x61, 0x62])), 'ab');

const invalid = [
  [0xff],
  [0x80],
  [0xc0, 0x80],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xe2, 0x82],
];
for (const bytes of invalid) {
  assert.throws(() => d.decode(new Uint8Array(bytes)), (err) => {
    assert.strictEqual(err.name, 'TypeError');
    assert.strictEqual(err.code, 'ERR_ENCODING_INVALID_ENCODED_DATA');
    assert.strictEqual(err.message, 'The encoded data was not valid for encoding utf-8');
    return true;
  }, bytes.join(','));
}

// After an error the decoder is usable again.
assert.strictEqual(d.decode(new Uint8Array([0x63])), 'c');

// An incomplete sequence at the end is only fatal when not streaming.
assert.strictEqual(d.decode(new Uint8Array([0xe2, 0x82]), { stream: true }), '');
assert.strictEqual(d.decode(new Uint8Array([0xac])), '€');
d.decode(new Uint8Array([0xe2]), { stream: true });
assert.throws(() => d.decode(), { name: 'TypeError', code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });
