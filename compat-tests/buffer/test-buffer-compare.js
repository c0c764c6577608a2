// covers: Buffer.compare, Buffer.prototype.compare, Buffer.prototype.equals
'use strict';
const common = require('../common');
const assert = require('assert');

const a = Buffer.from('abc');
const b = Buffer.from('abd');
const c = Buffer.from('ab');

assert.strictEqual(Buffer.compare(a, a), 0);
assert.strictEqual(Buffer.compare(a, b), -1);
assert.strictEqual(Buffer.compare(b, a), 1);
assert.strictEqual(Buffer.compare(c, a), -1);
assert.strictEqual(Buffer.compare(a, c), 1);
assert.strictEqual(Buffer.compare(Buffer.alloc(0), Buffer.alloc(0)), 0);
assert.strictEqual(Buffer.compare(new Uint8Array([1]), Buffer.from([1])), 0);

// Sorting with Buffer.compare is bytewise, unsigned.
const sorted = [Buffer.from([0xff]), Buffer.from([0x01]), Buffer.from([0x80, 0])].sort(Buffer.compare);
assert.deepStrictEqual(sorted.map((x) => x.toString('hex')), ['01', '8000', 'ff']);

// Instance compare with ranges: (target, targetStart, targetEnd, sourceStart, sourceEnd)
const x = Buffer.from('1234567');
const y = Buffer.from('0123');
assert.strictEqual(x.compare(y), 1);
assert.strictEqual(x.compare(y, 1), 1);
assert.strictEqual(x.compare(y, 1, 4, 0, 3), 0);
assert.strictEqual(x.compare(y, 1, 4, 0, 4), 1);
assert.strictEqual(x.compare(y, 1, 4, 1, 3), 1);
assert.strictEqual(x.compare(y, 0, 4, 0, 0), -1);

assert.throws(() => x.compare(y, 0, 5), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "targetEnd" is out of range. It must be >= 0 && <= 4. Received 5',
}));
assert.throws(() => x.compare(y, -1), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  message: /^The value of "targetStart" is out of range\./,
}));
assert.throws(() => x.compare(y, 0, 4, 0, 8), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "sourceEnd" is out of range. It must be >= 0 && <= 7. Received 8',
}));
assert.throws(() => x.compare('abc'), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "target" argument must be an instance of Buffer or Uint8Array. Received type string (\'abc\')',
}));
assert.throws(() => Buffer.compare(a, 'x'), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf2" argument must be an instance of Buffer or Uint8Array. Received type string (\'x\')',
}));

// equals
assert.strictEqual(a.equals(Buffer.from('abc')), true);
assert.strictEqual(a.equals(b), false);
assert.strictEqual(a.equals(new Uint8Array([0x61, 0x62, 0x63])), true);
assert.throws(() => a.equals('abc'), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "otherBuffer" argument must be an instance of Buffer or Uint8Array. Received type string (\'abc\')',
}));
