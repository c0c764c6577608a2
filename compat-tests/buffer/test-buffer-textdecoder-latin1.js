// covers: globalThis.TextDecoder, globalThis.TextDecoder.prototype.decode
'use strict';
require('../common');
const assert = require('assert');

// The "latin1"/"iso-8859-1"/"ascii" labels all map to windows-1252 per the WHATWG spec.
for (const label of ['latin1', 'iso-8859-1', 'ascii', 'us-ascii', 'windows-1252', 'cp1252']) {
  assert.strictEqual(new TextDecoder(label).encoding, 'windows-1252', label);
}
const d = new TextDecoder('windows-1252');
assert.strictEqual(d.decode(new Uint8Array([0x41, 0xe9, 0xff])), 'A\u00e9\u00ff');
// 0x80 is the euro sign in windows-1252 (not U+0080).
assert.strictEqual(d.decode(new Uint8Array([0x80])), '\u20ac');
assert.strictEqual(d.decode(new Uint8Array([0x99])), '\u2122');
assert.strictEqual(d.decode(new Uint8Array([])), '');

// Streaming makes no difference for a single-byte encoding.
const s = new TextDecoder('latin1');
assert.strictEqual(s.decode(new Uint8Array([0x41]), { stream: true }) + s.decode(new Uint8Array([0xe9])),
                   'A\u00e9');
// fatal has no effect: every byte is valid in windows-1252.
const fatal = new TextDecoder('windows-1252', { fatal: true });
assert.strictEqual(fatal.decode(new Uint8Array([0x81])).length, 1);
