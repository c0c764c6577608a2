// covers: Buffer.prototype.readUInt8, Buffer.prototype.readUInt16LE, Buffer.prototype.readInt32BE, Buffer.prototype.readFloatLE
'use strict';
const common = require('../common');
const assert = require('assert');

const b = Buffer.alloc(4);

assert.throws(() => b.readUInt8(4), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 3. Received 4',
}));
assert.throws(() => b.readUInt8(-1), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 3. Received -1',
}));
assert.throws(() => b.readUInt16LE(3), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 2. Received 3',
}));
assert.throws(() => b.readInt32BE(1), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 0. Received 1',
}));
assert.throws(() => b.readUInt8(1.5), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be an integer. Received 1.5',
}));
assert.throws(() => b.readFloatLE(NaN), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be an integer. Received NaN',
}));
assert.throws(() => b.readUInt8(Infinity), common.expectsError({ code: 'ERR_OUT_OF_RANGE' }));
assert.throws(() => b.readUInt8('1'), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "offset" argument must be of type number. Received type string (\'1\')',
}));
assert.throws(() => b.readUInt8(null), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "offset" argument must be of type number. Received null',
}));
assert.throws(() => b.readInt32LE({}), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE' }));

// Reading from a zero-length buffer reports bounds, not range.
assert.throws(() => Buffer.alloc(0).readUInt8(0), common.expectsError({
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  name: 'RangeError',
  message: 'Attempt to access memory outside buffer bounds',
}));
assert.throws(() => Buffer.alloc(1).readUInt16BE(0), common.expectsError({
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
}));
