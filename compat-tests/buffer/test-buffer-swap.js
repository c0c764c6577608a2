// covers: Buffer.prototype.swap16, Buffer.prototype.swap32, Buffer.prototype.swap64
'use strict';
const common = require('../common');
const assert = require('assert');

const b = Buffer.from('0102030405060708', 'hex');
assert.strictEqual(b.swap16(), b);
assert.strictEqual(b.toString('hex'), '0201040306050807');
b.swap16();
assert.strictEqual(b.swap32().toString('hex'), '0403020108070605');
b.swap32();
assert.strictEqual(b.swap64().toString('hex'), '0807060504030201');

// Swapping a subarray touches only that window.
const big = Buffer.from('00010203040506070809', 'hex');
big.subarray(2, 6).swap16();
assert.strictEqual(big.toString('hex'), '00010302050406070809');

// Large buffers (native fast path) swap correctly.
const large = Buffer.alloc(1024);
for (let i = 0; i < large.length; i++) large[i] = i & 0xff;
large.swap32();
assert.deepStrictEqual([...large.subarray(0, 8)], [3, 2, 1, 0, 7, 6, 5, 4]);

// UTF-16BE decoding via swap16.
const be = Buffer.from([0x00, 0x68, 0x00, 0x69]);
assert.strictEqual(be.swap16().toString('utf16le'), 'hi');

assert.throws(() => Buffer.alloc(3).swap16(), common.expectsError({
  code: 'ERR_INVALID_BUFFER_SIZE',
  name: 'RangeError',
  message: 'Buffer size must be a multiple of 16-bits',
}));
assert.throws(() => Buffer.alloc(6).swap32(), common.expectsError({
  code: 'ERR_INVALID_BUFFER_SIZE',
  message: 'Buffer size must be a multiple of 32-bits',
}));
assert.throws(() => Buffer.alloc(12).swap64(), common.expectsError({
  code: 'ERR_INVALID_BUFFER_SIZE',
  message: 'Buffer size must be a multiple of 64-bits',
}));
