// covers: Buffer.isEncoding
'use strict';
require('../common');
const assert = require('assert');

for (const enc of ['utf8', 'utf-8', 'UTF8', 'hex', 'base64', 'base64url', 'ascii',
  'latin1', 'binary', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'Latin1', 'HEX']) {
  assert.strictEqual(Buffer.isEncoding(enc), true, enc);
}
for (const enc of ['utf9', 'utf-16', 'utf16', 'utf-16be', '', 'raw', 'raws', 'buffer',
  null, undefined, 1, {}, [], true]) {
  assert.strictEqual(Buffer.isEncoding(enc), false, String(enc));
}

// Every encoding isEncoding accepts can actually be used for a round trip.
for (const enc of ['utf8', 'hex', 'base64', 'base64url', 'ascii', 'latin1', 'binary', 'ucs2', 'utf16le']) {
  const b = Buffer.from('abc', enc === 'hex' ? 'utf8' : enc);
  assert.deepStrictEqual(Buffer.from(b.toString(enc), enc), b, enc);
}
// Mixed case is accepted by both isEncoding and the codec functions.
assert.strictEqual(Buffer.isEncoding('uTf-8'), true);
assert.strictEqual(Buffer.from('61', 'hEx').toString('AsCiI'), 'a');
