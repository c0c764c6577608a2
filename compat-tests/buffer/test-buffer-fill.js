// covers: Buffer.prototype.fill
'use strict';
const common = require('../common');
const assert = require('assert');

const b = Buffer.alloc(6);
// Returns this.
assert.strictEqual(b.fill(1), b);
assert.strictEqual(b.toString('hex'), '010101010101');
assert.strictEqual(b.fill(0x2, 2).toString('hex'), '010102020202');
assert.strictEqual(b.fill(3, 1, 3).toString('hex'), '010303020202');
// Numbers are masked with 255.
assert.strictEqual(b.fill(0x1ff).toString('hex'), 'ffffffffffff');
assert.strictEqual(b.fill(-1).toString('hex'), 'ffffffffffff');

// Strings repeat; multi-byte chars may be cut at the end.
assert.strictEqual(b.fill('ab').toString(), 'ababab');
assert.strictEqual(Buffer.alloc(5).fill('€').toString('hex'), 'e282ace282');
assert.strictEqual(b.fill('ab', 'hex').toString('hex'), 'abababababab');
assert.strictEqual(b.fill('0102', 1, 'hex').toString('hex'), 'ab0102010201');
assert.strictEqual(b.fill('YQ==', 0, 6, 'base64').toString(), 'aaaaaa');
assert.strictEqual(b.fill('\u0222', 'ucs2').toString('hex'), '220222022202');

// Buffer / Uint8Array fill values.
assert.strictEqual(b.fill(Buffer.from([7, 8])).toString('hex'), '070807080708');
assert.strictEqual(b.fill(new Uint8Array([9])).toString('hex'), '090909090909');

// Empty string fills with zero.
assert.strictEqual(b.fill('').toString('hex'), '000000000000');
// Booleans coerce to numbers.
assert.strictEqual(b.fill(true).toString('hex'), '010101010101');

// Invalid hex makes no sense as a fill pattern.
assert.throws(() => b.fill('zz', 'hex'), common.expectsError({
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
}));
assert.throws(() => b.fill('a', 0, 7), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "end" is out of range. It must be >= 0 && <= 6. Received 7',
}));
assert.throws(() => b.fill('a', -1), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  message: /^The value of "offset" is out of range\. It must be >= 0 && <= \d+\. Received -1$/,
}));
assert.throws(() => b.fill('a', 0, 1, 'bogus'), common.expectsError({
  code: 'ERR_UNKNOWN_ENCODING',
  message: 'Unknown encoding: bogus',
}));
assert.throws(() => b.fill('a', 0, 1, 5), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "encoding" argument must be of type string. Received type number (5)',
}));
// start >= end is a no-op.
b.fill(0);
b.fill(1, 4, 2);
assert.strictEqual(b.toString('hex'), '000000000000');
