// covers: Buffer.prototype.writeFloatLE, Buffer.prototype.writeFloatBE, Buffer.prototype.writeDoubleLE, Buffer.prototype.writeDoubleBE
'use strict';
const common = require('../common');
const assert = require('assert');

const b = Buffer.alloc(8);
assert.strictEqual(b.writeFloatBE(1, 0), 4);
assert.strictEqual(b.toString('hex', 0, 4), '3f800000');
assert.strictEqual(b.writeFloatLE(1, 4), 8);
assert.strictEqual(b.toString('hex', 4), '0000803f');

// Values are rounded to float32 precision.
b.writeFloatBE(0.1, 0);
assert.strictEqual(b.toString('hex', 0, 4), '3dcccccd');
// Values too large for float32 become Infinity (no range error).
b.writeFloatBE(1e40, 0);
assert.strictEqual(b.readFloatBE(0), Infinity);
b.writeFloatLE(-0, 0);
assert.ok(Object.is(b.readFloatLE(0), -0));
b.writeFloatLE(NaN, 0);
assert.ok(Number.isNaN(b.readFloatLE(0)));

assert.strictEqual(b.writeDoubleBE(0.1, 0), 8);
assert.strictEqual(b.toString('hex'), '3fb999999999999a');
assert.strictEqual(b.writeDoubleLE(0.1, 0), 8);
assert.strictEqual(b.toString('hex'), '9a9999999999b93f');
b.writeDoubleBE(-Infinity, 0);
assert.strictEqual(b.toString('hex'), 'fff0000000000000');

// Non-number values are coerced.
b.writeDoubleLE('2.5', 0);
assert.strictEqual(b.readDoubleLE(0), 2.5);

assert.throws(() => b.writeDoubleLE(1, 1), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 0. Received 1',
}));
assert.throws(() => b.writeFloatBE(1, 5), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 4. Received 5',
}));
