// covers: Buffer.alloc, Buffer.allocUnsafe, Buffer.allocUnsafeSlow
'use strict';
const common = require('../common');
const assert = require('assert');

// Zero-filled by default.
const z = Buffer.alloc(10);
assert.strictEqual(z.length, 10);
assert.ok(z.every((b) => b === 0));
assert.ok(z instanceof Uint8Array);
assert.ok(Buffer.isBuffer(z));

// Fill argument: number, string, buffer, with encoding.
assert.deepStrictEqual([...Buffer.alloc(4, 7)], [7, 7, 7, 7]);
assert.strictEqual(Buffer.alloc(5, 'ab').toString(), 'ababa');
assert.strictEqual(Buffer.alloc(4, 'ff00', 'hex').toString('hex'), 'ff00ff00');
assert.strictEqual(Buffer.alloc(3, Buffer.from([1, 2])).toString('hex'), '010201');
assert.strictEqual(Buffer.alloc(2, 257).toString('hex'), '0101');
// Empty-string fill leaves zeros.
assert.strictEqual(Buffer.alloc(3, '').toString('hex'), '000000');

assert.strictEqual(Buffer.alloc(0).length, 0);

// allocUnsafe / allocUnsafeSlow give correct lengths; contents are unspecified.
assert.strictEqual(Buffer.allocUnsafe(16).length, 16);
assert.strictEqual(Buffer.allocUnsafeSlow(16).length, 16);
assert.strictEqual(Buffer.allocUnsafe(0).length, 0);
// allocUnsafeSlow never uses the pool: its buffer owns its ArrayBuffer.
const slow = Buffer.allocUnsafeSlow(7);
assert.strictEqual(slow.buffer.byteLength, 7);
assert.strictEqual(slow.byteOffset, 0);

for (const fn of [Buffer.alloc, Buffer.allocUnsafe, Buffer.allocUnsafeSlow]) {
  assert.throws(() => fn('5'), common.expectsError({
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "size" argument must be of type number. Received type string (\'5\')',
  }));
  assert.throws(() => fn(-1), common.expectsError({
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: /^The value of "size" is out of range\. It must be >= 0 && <= \d+\. Received -1$/,
  }));
  assert.throws(() => fn(NaN), common.expectsError({ code: 'ERR_OUT_OF_RANGE', name: 'RangeError' }));
  assert.throws(() => fn(), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE' }));
}

// Invalid fill encoding.
assert.throws(() => Buffer.alloc(4, 'ab', 'nope'), common.expectsError({
  code: 'ERR_UNKNOWN_ENCODING',
  name: 'TypeError',
  message: 'Unknown encoding: nope',
}));
// A fill value that decodes to nothing is an error.
assert.throws(() => Buffer.alloc(4, 'zz', 'hex'), common.expectsError({
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
}));
