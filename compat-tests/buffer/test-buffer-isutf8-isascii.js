// covers: buffer.isUtf8, buffer.isAscii
'use strict';
const common = require('../common');
const assert = require('assert');
const { isUtf8, isAscii } = require('buffer');

assert.strictEqual(isUtf8(Buffer.from('hello')), true);
assert.strictEqual(isUtf8(Buffer.from('héllo 😀')), true);
assert.strictEqual(isUtf8(Buffer.alloc(0)), true);
assert.strictEqual(isUtf8(Buffer.from([0xff])), false);
assert.strictEqual(isUtf8(Buffer.from([0xc0, 0x80])), false);        // overlong
assert.strictEqual(isUtf8(Buffer.from([0xed, 0xa0, 0x80])), false);  // surrogate
assert.strictEqual(isUtf8(Buffer.from([0xe2, 0x82])), false);        // truncated
assert.strictEqual(isUtf8(new Uint8Array([0x61])), true);
assert.strictEqual(isUtf8(new Uint8Array([0x61]).buffer), true);
assert.strictEqual(isUtf8(new Uint16Array([0x6161])), true);

assert.strictEqual(isAscii(Buffer.from('hello')), true);
assert.strictEqual(isAscii(Buffer.from('héllo')), false);
assert.strictEqual(isAscii(Buffer.from([0x7f])), true);
assert.strictEqual(isAscii(Buffer.from([0x80])), false);
assert.strictEqual(isAscii(Buffer.alloc(0)), true);
assert.strictEqual(isAscii(new ArrayBuffer(4)), true);

for (const fn of [isUtf8, isAscii]) {
  for (const bad of ['abc', 1, null, undefined, {}, new DataView(new ArrayBuffer(1))]) {
    assert.throws(() => fn(bad), common.expectsError({
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: /^The "input" argument must be an instance of ArrayBuffer, Buffer, or TypedArray\./,
    }));
  }
}
