// covers: Buffer.prototype.write, Buffer.prototype.utf8Write
'use strict';
const common = require('../common');
const assert = require('assert');

const b = Buffer.alloc(8);
assert.strictEqual(b.write('abc'), 3);
assert.strictEqual(b.toString('utf8', 0, 3), 'abc');

// (string, offset)
assert.strictEqual(b.write('xy', 6), 2);
assert.strictEqual(b.toString('hex', 6), '7879');

// (string, offset, length)
b.fill(0);
assert.strictEqual(b.write('hello', 1, 3), 3);
assert.strictEqual(b.toString('hex', 0, 5), '0068656c00');

// (string, encoding) and (string, offset, encoding)
b.fill(0);
assert.strictEqual(b.write('ffee', 'hex'), 2);
assert.strictEqual(b.write('dd', 4, 'hex'), 1);
assert.strictEqual(b.toString('hex'), 'ffee0000dd000000');

// Truncation at buffer end, never splitting a multibyte char.
const small = Buffer.alloc(4);
assert.strictEqual(small.write('ab€'), 2);
assert.strictEqual(small.toString('hex'), '61620000');
assert.strictEqual(small.write('€€'), 3);
assert.strictEqual(small.write('abcdef'), 4);

// Writing at the end writes nothing.
assert.strictEqual(small.write('z', 4), 0);

assert.throws(() => small.write('z', 5), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "offset" is out of range. It must be >= 0 && <= 4. Received 5',
}));
assert.throws(() => small.write('z', -1), common.expectsError({ code: 'ERR_OUT_OF_RANGE' }));
assert.throws(() => small.write('z', 0, 9), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "length" is out of range. It must be >= 0 && <= 4. Received 9',
}));
assert.throws(() => small.write(1), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'argument must be a string',
}));
assert.throws(() => small.write('a', 0, 1, 'bogus'), common.expectsError({
  code: 'ERR_UNKNOWN_ENCODING',
  message: 'Unknown encoding: bogus',
}));

assert.strictEqual(small.utf8Write('q', 1), 1);
assert.strictEqual(small[1], 0x71);
