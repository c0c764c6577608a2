// covers: Buffer.byteLength
'use strict';
const common = require('../common');
const assert = require('assert');

assert.strictEqual(Buffer.byteLength(''), 0);
assert.strictEqual(Buffer.byteLength('abc'), 3);
assert.strictEqual(Buffer.byteLength('héllo'), 6);
assert.strictEqual(Buffer.byteLength('😀'), 4);
assert.strictEqual(Buffer.byteLength('héllo', 'latin1'), 5);
assert.strictEqual(Buffer.byteLength('héllo', 'ascii'), 5);
assert.strictEqual(Buffer.byteLength('héllo', 'ucs2'), 10);
assert.strictEqual(Buffer.byteLength('aabb', 'hex'), 2);
// Unknown encoding falls back to utf8 for byteLength.
assert.strictEqual(Buffer.byteLength('é', 'bogus'), 2);

// Binary inputs report their byte length.
assert.strictEqual(Buffer.byteLength(Buffer.alloc(7)), 7);
assert.strictEqual(Buffer.byteLength(new Uint32Array(3)), 12);
assert.strictEqual(Buffer.byteLength(new ArrayBuffer(5)), 5);
assert.strictEqual(Buffer.byteLength(new DataView(new ArrayBuffer(6), 2)), 4);
assert.strictEqual(Buffer.byteLength(new SharedArrayBuffer(3)), 3);

for (const bad of [32, null, undefined, {}, true]) {
  assert.throws(() => Buffer.byteLength(bad), common.expectsError({
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: /^The "string" argument must be of type string or an instance of Buffer or ArrayBuffer\. Received /,
  }));
}
