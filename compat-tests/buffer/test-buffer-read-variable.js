// covers: Buffer.prototype.readIntLE, Buffer.prototype.readIntBE, Buffer.prototype.readUIntLE, Buffer.prototype.readUIntBE
'use strict';
const common = require('../common');
const assert = require('assert');

const b = Buffer.from([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0xff]);
assert.strictEqual(b.readUIntBE(0, 1), 0x01);
assert.strictEqual(b.readUIntBE(0, 3), 0x010203);
assert.strictEqual(b.readUIntLE(0, 3), 0x030201);
assert.strictEqual(b.readUIntBE(0, 6), 0x010203040506);
assert.strictEqual(b.readUIntLE(0, 6), 0x060504030201);
assert.strictEqual(b.readUIntBE(1, 5), 0x0203040506);

const n = Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xfe]);
assert.strictEqual(n.readIntBE(0, 6), -2);
assert.strictEqual(n.readIntLE(0, 6), -0x010000000001);
assert.strictEqual(n.readIntBE(0, 3), -1);
assert.strictEqual(Buffer.from([0x80, 0, 0]).readIntBE(0, 3), -0x800000);
assert.strictEqual(Buffer.from([0x7f, 0xff]).readIntBE(0, 2), 0x7fff);
assert.strictEqual(Buffer.from([0x80]).readIntLE(0, 1), -128);

for (const fn of ['readIntLE', 'readIntBE', 'readUIntLE', 'readUIntBE']) {
  assert.throws(() => b[fn](0, 7), common.expectsError({
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: 'The value of "byteLength" is out of range. It must be >= 1 and <= 6. Received 7',
  }), fn);
  assert.throws(() => b[fn](0, 0), common.expectsError({ code: 'ERR_OUT_OF_RANGE' }));
  assert.throws(() => b[fn](0), common.expectsError({
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "byteLength" argument must be of type number. Received undefined',
  }));
  assert.throws(() => b[fn](5, 3), common.expectsError({
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "offset" is out of range. It must be >= 0 and <= 4. Received 5',
  }));
}
