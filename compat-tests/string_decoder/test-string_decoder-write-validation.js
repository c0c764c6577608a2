// covers: string_decoder.StringDecoder.prototype.write, string_decoder.StringDecoder.prototype.end
'use strict';
const common = require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

const d = new StringDecoder('utf8');
// Strings are passed through unchanged.
assert.strictEqual(d.write('already text'), 'already text');
for (const [bad, tail] of [[null, 'Received null'], [42, 'Received type number (42)'],
                           [{}, 'Received an instance of Object'], [[1, 2], 'Received an instance of Array']]) {
  assert.throws(() => d.write(bad), common.expectsError({
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
    message: `The "buf" argument must be an instance of Buffer, TypedArray, or DataView. ${tail}`,
  }));
}
// Empty buffers are fine.
assert.strictEqual(d.write(Buffer.alloc(0)), '');
