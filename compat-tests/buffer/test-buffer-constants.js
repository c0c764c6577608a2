// covers: buffer.constants, buffer.kMaxLength, buffer.kStringMaxLength, buffer.constants.MAX_LENGTH, buffer.constants.MAX_STRING_LENGTH, Buffer
'use strict';
require('../common');
const assert = require('assert');
const buffer = require('buffer');

assert.strictEqual(buffer.Buffer, Buffer);
assert.strictEqual(typeof buffer.constants.MAX_LENGTH, 'number');
assert.strictEqual(typeof buffer.constants.MAX_STRING_LENGTH, 'number');
assert.strictEqual(buffer.kMaxLength, buffer.constants.MAX_LENGTH);
assert.strictEqual(buffer.kStringMaxLength, buffer.constants.MAX_STRING_LENGTH);
assert.ok(buffer.constants.MAX_LENGTH >= 2 ** 31 - 1);
assert.ok(buffer.constants.MAX_STRING_LENGTH >= 2 ** 28 - 16);
assert.ok(Number.isSafeInteger(buffer.constants.MAX_LENGTH));

// Allocating beyond MAX_LENGTH throws a RangeError.
assert.throws(() => Buffer.alloc(buffer.constants.MAX_LENGTH + 1), (err) => {
  assert.ok(err instanceof RangeError);
  return true;
});

assert.strictEqual(typeof Buffer.poolSize, 'number');
assert.ok(Buffer.poolSize > 0);
