// covers: Buffer.concat
'use strict';
const common = require('../common');
const assert = require('assert');

const parts = [Buffer.from('ab'), Buffer.from('cd'), new Uint8Array([0x65])];
const joined = Buffer.concat(parts);
assert.strictEqual(joined.toString(), 'abcde');
assert.ok(Buffer.isBuffer(joined));
// The result is a copy.
joined[0] = 0x7a;
assert.strictEqual(parts[0].toString(), 'ab');

// totalLength truncates or zero-pads.
assert.strictEqual(Buffer.concat(parts, 3).toString(), 'abc');
assert.strictEqual(Buffer.concat(parts, 7).toString('hex'), '61626364650000');
assert.strictEqual(Buffer.concat(parts, 0).length, 0);

assert.strictEqual(Buffer.concat([]).length, 0);
assert.strictEqual(Buffer.concat([Buffer.from('x')]).toString(), 'x');

assert.throws(() => Buffer.concat('abc'), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "list" argument must be an instance of Array. Received type string (\'abc\')',
}));
assert.throws(() => Buffer.concat([Buffer.from('a'), 'b']), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "list[1]" argument must be an instance of Buffer or Uint8Array. Received type string (\'b\')',
}));
assert.throws(() => Buffer.concat([Buffer.from('a')], -1), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
}));
