// covers: crypto.timingSafeEqual
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

assert.strictEqual(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), true);
assert.strictEqual(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')), false);
assert.strictEqual(crypto.timingSafeEqual(Buffer.alloc(0), Buffer.alloc(0)), true);
// Any ArrayBufferView / ArrayBuffer with equal byte length.
assert.strictEqual(crypto.timingSafeEqual(new Uint16Array([1]), new Uint8Array([1, 0])), true);
assert.strictEqual(crypto.timingSafeEqual(new Uint8Array([1, 2]).buffer, new Uint8Array([1, 2]).buffer), true);

assert.throws(() => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')), common.expectsError({
  code: 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH',
  name: 'RangeError',
  message: 'Input buffers must have the same byte length',
}));
assert.throws(() => crypto.timingSafeEqual('a', 'a'), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: /^The "buf1" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView\./,
}));
