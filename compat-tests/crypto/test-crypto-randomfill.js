// covers: crypto.randomFillSync, crypto.randomFill
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const buf = Buffer.alloc(64);
assert.strictEqual(crypto.randomFillSync(buf), buf);
assert.ok(buf.some((b) => b !== 0));

// offset and size limit the region.
const part = Buffer.alloc(16);
crypto.randomFillSync(part, 4, 8);
assert.ok(part.subarray(0, 4).every((b) => b === 0));
assert.ok(part.subarray(12).every((b) => b === 0));

// Works with any ArrayBufferView and ArrayBuffer.
const u32 = new Uint32Array(8);
crypto.randomFillSync(u32);
assert.ok(u32.some((v) => v !== 0));
const ab = new ArrayBuffer(8);
assert.strictEqual(crypto.randomFillSync(ab), ab);
crypto.randomFillSync(new DataView(new ArrayBuffer(4)));

crypto.randomFill(Buffer.alloc(10), common.mustSucceed((b) => {
  assert.strictEqual(b.length, 10);
}));
crypto.randomFill(new Uint8Array(10), 5, common.mustSucceed((b) => {
  assert.ok(b.subarray(0, 5).every((x) => x === 0));
}));

assert.throws(() => crypto.randomFillSync('str'), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: /^The "buf" argument must be an instance of ArrayBuffer or ArrayBufferView\./,
}));
assert.throws(() => crypto.randomFillSync(Buffer.alloc(4), 5), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "offset" is out of range. It must be >= 0 && <= 4. Received 5',
}));
assert.throws(() => crypto.randomFillSync(Buffer.alloc(4), 1, 4), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "size + offset" is out of range. It must be <= 4. Received 5',
}));
