// covers: crypto.hkdf, crypto.hkdfSync
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

// RFC 5869 test case 1 (SHA-256).
const ikm = Buffer.alloc(22, 0x0b);
const salt = Buffer.from('000102030405060708090a0b0c', 'hex');
const info = Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex');
const okm = '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865';

const out = crypto.hkdfSync('sha256', ikm, salt, info, 42);
assert.ok(out instanceof ArrayBuffer);
assert.strictEqual(Buffer.from(out).toString('hex'), okm);

// RFC 5869 test case 3: empty salt and info.
assert.strictEqual(Buffer.from(crypto.hkdfSync('sha256', ikm, '', '', 42)).toString('hex'),
                   '8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d' +
                   '9d201395faa4b61a96c8');

crypto.hkdf('sha256', ikm, salt, info, 42, common.mustSucceed((ab) => {
  assert.ok(ab instanceof ArrayBuffer);
  assert.strictEqual(Buffer.from(ab).toString('hex'), okm);
}));

// A KeyObject as input keying material.
const key = crypto.createSecretKey(ikm);
assert.strictEqual(Buffer.from(crypto.hkdfSync('sha256', key, salt, info, 42)).toString('hex'), okm);

// Length limit is 255 * hashLen.
assert.throws(() => crypto.hkdfSync('sha256', ikm, salt, info, 255 * 32 + 1), common.expectsError({
  code: 'ERR_CRYPTO_INVALID_KEYLEN',
  name: 'RangeError',
  message: 'Invalid key length',
}));
assert.throws(() => crypto.hkdfSync('nope', ikm, salt, info, 10), common.expectsError({
  code: 'ERR_CRYPTO_INVALID_DIGEST',
  name: 'TypeError',
  message: 'Invalid digest: nope',
}));
