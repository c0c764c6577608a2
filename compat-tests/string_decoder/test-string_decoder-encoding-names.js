// covers: string_decoder.StringDecoder
'use strict';
const common = require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

const table = [
  [undefined, 'utf8'], ['utf8', 'utf8'], ['utf-8', 'utf8'], ['UTF-8', 'utf8'],
  ['ucs2', 'utf16le'], ['ucs-2', 'utf16le'], ['utf16le', 'utf16le'], ['UTF-16LE', 'utf16le'],
  ['binary', 'latin1'], ['latin1', 'latin1'], ['base64', 'base64'], ['base64url', 'base64url'],
  ['hex', 'hex'], ['ascii', 'ascii'], ['HEX', 'hex'],
];
for (const [input, want] of table) {
  assert.strictEqual(new StringDecoder(input).encoding, want, String(input));
}
for (const bad of ['xyz', 'utf9', 'latin-1x']) {
  assert.throws(() => new StringDecoder(bad), common.expectsError({
    code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError', message: `Unknown encoding: ${bad}`,
  }));
}
// The export is a constructor function.
assert.strictEqual(typeof StringDecoder, 'function');
