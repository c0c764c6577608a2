// covers: crypto.createCipheriv, crypto.createDecipheriv, crypto.getCipherInfo
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

assert.throws(() => crypto.createCipheriv('aes-256-cbc', Buffer.alloc(16), Buffer.alloc(16)), (err) => {
  assert.strictEqual(err.code, 'ERR_CRYPTO_INVALID_KEYLEN');
  assert.strictEqual(err.name, 'RangeError');
  assert.strictEqual(err.message, 'Invalid key length');
  return true;
});
assert.throws(() => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(8)), (err) => {
  assert.strictEqual(err.code, 'ERR_CRYPTO_INVALID_IV');
  assert.strictEqual(err.name, 'TypeError');
  assert.strictEqual(err.message, 'Invalid initialization vector');
  return true;
});
assert.throws(() => crypto.createCipheriv('no-such-cipher', Buffer.alloc(16), Buffer.alloc(16)), (err) => {
  assert.strictEqual(err.code, 'ERR_CRYPTO_UNKNOWN_CIPHER');
  assert.strictEqual(err.message, 'Unknown cipher');
  return true;
});
assert.throws(() => crypto.createCipheriv('aes-128-cbc', 'short', Buffer.alloc(16)),
              common.expectsError({ code: 'ERR_CRYPTO_INVALID_KEYLEN' }));
assert.throws(() => crypto.createCipheriv('aes-128-cbc', 5, Buffer.alloc(16)), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
}));
// ECB takes no IV (null is accepted).
const ecb = crypto.createCipheriv('aes-128-ecb', Buffer.alloc(16), null);
assert.strictEqual(Buffer.concat([ecb.update(Buffer.alloc(16)), ecb.final()]).length, 32);

// getCipherInfo reports parameters.
const info = crypto.getCipherInfo('aes-256-gcm');
// The reported name is OpenSSL's, whose case varies between versions.
assert.strictEqual(info.name.toLowerCase(), 'id-aes256-gcm');
assert.strictEqual(info.mode, 'gcm');
assert.strictEqual(info.keyLength, 32);
assert.strictEqual(info.ivLength, 12);
assert.strictEqual(crypto.getCipherInfo('aes-128-cbc').blockSize, 16);
assert.strictEqual(crypto.getCipherInfo('nope'), undefined);
assert.strictEqual(crypto.getCipherInfo('aes-128-cbc', { keyLength: 12 }), undefined);
