// covers: crypto.generateKey, crypto.generateKeySync
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

// HMAC: any length >= 8 bits, truncated to whole bytes.
for (const [bits, bytes] of [[8, 1], [123, 15], [256, 32], [1024, 128]]) {
  const key = crypto.generateKeySync('hmac', { length: bits });
  assert.ok(key instanceof crypto.KeyObject);
  assert.strictEqual(key.type, 'secret');
  assert.strictEqual(key.symmetricKeySize, bytes);
  assert.strictEqual(key.export().length, bytes);
}
// AES: 128, 192 or 256 bits.
for (const bits of [128, 192, 256]) {
  const key = crypto.generateKeySync('aes', { length: bits });
  assert.strictEqual(key.symmetricKeySize, bits / 8);
  // Usable as a cipher key of that size.
  const c = crypto.createCipheriv(`aes-${bits}-ecb`, key, null);
  assert.strictEqual(Buffer.concat([c.update('x'), c.final()]).length, 16);
}
// Keys are random.
assert.strictEqual(crypto.generateKeySync('aes', { length: 128 })
  .equals(crypto.generateKeySync('aes', { length: 128 })), false);

// Validation.
assert.throws(() => crypto.generateKeySync('aes', { length: 100 }),
              common.expectsError({ code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' }));
assert.throws(() => crypto.generateKeySync('aes', {}),
              common.expectsError({ code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' }));
assert.throws(() => crypto.generateKeySync('hmac', { length: 7 }),
              common.expectsError({ code: 'ERR_OUT_OF_RANGE', name: 'RangeError' }));
assert.throws(() => crypto.generateKeySync('hmac', { length: 2 ** 31 }),
              common.expectsError({ code: 'ERR_OUT_OF_RANGE', name: 'RangeError' }));
assert.throws(() => crypto.generateKeySync('hmac', {}),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
assert.throws(() => crypto.generateKeySync('hmac', { length: '8' }),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
assert.throws(() => crypto.generateKeySync('rsa', { length: 128 }),
              common.expectsError({ code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' }));
assert.throws(() => crypto.generateKeySync('aes', null),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
assert.throws(() => crypto.generateKeySync(1, { length: 8 }),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));

// Asynchronous form: callback(err, key), never synchronously.
let sync = true;
crypto.generateKey('hmac', { length: 64 }, common.mustCall((err, key) => {
  assert.strictEqual(err, null);
  assert.strictEqual(sync, false);
  assert.strictEqual(key.type, 'secret');
  assert.strictEqual(key.symmetricKeySize, 8);
}));
crypto.generateKey('aes', { length: 192 }, common.mustSucceed((key) => {
  assert.strictEqual(key.symmetricKeySize, 24);
}));
sync = false;
assert.throws(() => crypto.generateKey('hmac', { length: 64 }),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
// Invalid options throw synchronously rather than reaching the callback.
assert.throws(() => crypto.generateKey('aes', { length: 1 }, common.mustNotCall()),
              common.expectsError({ code: 'ERR_INVALID_ARG_VALUE' }));
