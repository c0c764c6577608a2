// covers: globalThis.Crypto.prototype.getRandomValues, crypto.getRandomValues
'use strict';
require('../common');
const assert = require('assert');
const crypto = require('crypto');

const u8 = new Uint8Array(32);
assert.strictEqual(globalThis.crypto.getRandomValues(u8), u8);
assert.ok(u8.some((b) => b !== 0));
const u32 = crypto.getRandomValues(new Uint32Array(4));
assert.strictEqual(u32.length, 4);
crypto.getRandomValues(new BigInt64Array(2));
crypto.getRandomValues(new Int16Array(2));

// The 65536-byte quota.
crypto.getRandomValues(new Uint8Array(65536));
assert.throws(() => crypto.getRandomValues(new Uint8Array(65537)), (err) => {
  assert.strictEqual(err.name, 'QuotaExceededError');
  assert.ok(err instanceof DOMException);
  return true;
});
// Float arrays and DataView are rejected.
assert.throws(() => crypto.getRandomValues(new Float32Array(4)), (err) => {
  assert.strictEqual(err.name, 'TypeMismatchError');
  return true;
});
assert.throws(() => crypto.getRandomValues(new DataView(new ArrayBuffer(4))), (err) => {
  assert.strictEqual(err.name, 'TypeMismatchError');
  return true;
});
// Must be called with the right receiver.
assert.throws(() => globalThis.crypto.getRandomValues.call({}, new Uint8Array(1)), { name: 'TypeError' });
