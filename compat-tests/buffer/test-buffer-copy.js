// covers: Buffer.prototype.copy
'use strict';
const common = require('../common');
const assert = require('assert');

const src = Buffer.from('abcdef');
const dst = Buffer.alloc(6, '.');
assert.strictEqual(src.copy(dst), 6);
assert.strictEqual(dst.toString(), 'abcdef');

dst.fill('.');
assert.strictEqual(src.copy(dst, 2), 4);
assert.strictEqual(dst.toString(), '..abcd');

dst.fill('.');
assert.strictEqual(src.copy(dst, 1, 3), 3);
assert.strictEqual(dst.toString(), '.def..');

dst.fill('.');
assert.strictEqual(src.copy(dst, 0, 1, 3), 2);
assert.strictEqual(dst.toString(), 'bc....');

// sourceEnd beyond the source is clamped; targetStart at the end copies nothing.
dst.fill('.');
assert.strictEqual(src.copy(dst, 0, 4, 100), 2);
assert.strictEqual(dst.toString(), 'ef....');
assert.strictEqual(src.copy(dst, 6), 0);
assert.strictEqual(src.copy(dst, 100), 0);
assert.strictEqual(src.copy(dst, 0, 3, 1), 0);

// Overlapping copy within the same buffer behaves like memmove.
const same = Buffer.from('123456');
same.copy(same, 2, 0, 4);
assert.strictEqual(same.toString(), '121234');

// Target can be any Uint8Array.
const u8 = new Uint8Array(3);
assert.strictEqual(Buffer.from([1, 2, 3, 4]).copy(u8), 3);
assert.deepStrictEqual([...u8], [1, 2, 3]);

assert.throws(() => src.copy(dst, -1), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: /^The value of "targetStart" is out of range\. It must be >= 0/,
}));
assert.throws(() => src.copy(dst, 0, -1), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  message: /^The value of "sourceStart" is out of range\. It must be >= 0/,
}));
assert.throws(() => src.copy(dst, 0, 0, -1), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  message: /^The value of "sourceEnd" is out of range\. It must be >= 0/,
}));
assert.throws(() => src.copy('x'), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "target" argument must be an instance of Buffer or Uint8Array. Received type string (\'x\')',
}));
