// covers: crypto.encapsulate, crypto.decapsulate
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

// Skip only on Node versions older than the API (24.7), not when an engine lacks it.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 24 || (major === 24 && minor < 7)) common.skip('encapsulate/decapsulate arrived in Node 24.7');

// Key types and their (shared key, ciphertext) sizes: DHKEM for X25519/X448/P-256,
// RSASVE for RSA, ML-KEM.
const cases = [
  ['x25519', undefined, 32, 32],
  ['x448', undefined, 64, 56],
  ['ec', { namedCurve: 'P-256' }, 32, 65],
  ['rsa', { modulusLength: 2048 }, 256, 256],
  ['ml-kem-768', undefined, 32, 1088],
];
for (const [type, options, keyLen, ctLen] of cases) {
  const { publicKey, privateKey } = crypto.generateKeyPairSync(type, options);
  const result = crypto.encapsulate(publicKey);
  assert.deepStrictEqual(Object.keys(result).sort(), ['ciphertext', 'sharedKey']);
  assert.ok(Buffer.isBuffer(result.sharedKey), type);
  assert.ok(Buffer.isBuffer(result.ciphertext), type);
  assert.strictEqual(result.sharedKey.length, keyLen, type);
  assert.strictEqual(result.ciphertext.length, ctLen, type);
  assert.deepStrictEqual(crypto.decapsulate(privateKey, result.ciphertext), result.sharedKey, type);
  // A private key can encapsulate to its own public half.
  const again = crypto.encapsulate(privateKey);
  assert.deepStrictEqual(crypto.decapsulate(privateKey, again.ciphertext), again.sharedKey, type);
  // Each encapsulation is fresh.
  assert.notDeepStrictEqual(again.sharedKey, result.sharedKey, type);
}

const { publicKey, privateKey } = crypto.generateKeyPairSync('x25519');
// PEM strings are accepted as keys.
{
  const result = crypto.encapsulate(publicKey.export({ type: 'spki', format: 'pem' }));
  const shared = crypto.decapsulate(privateKey.export({ type: 'pkcs8', format: 'pem' }), result.ciphertext);
  assert.deepStrictEqual(shared, result.sharedKey);
  // Another private key yields a different secret (no error).
  const other = crypto.generateKeyPairSync('x25519').privateKey;
  assert.notDeepStrictEqual(crypto.decapsulate(other, result.ciphertext), result.sharedKey);
}

// Errors.
assert.throws(() => crypto.decapsulate(privateKey, Buffer.alloc(5)),
              common.expectsError({ code: 'ERR_CRYPTO_OPERATION_FAILED' }));
assert.throws(() => crypto.decapsulate(publicKey, Buffer.alloc(32)),
              common.expectsError({ code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', name: 'TypeError' }));
assert.throws(() => crypto.encapsulate(crypto.createSecretKey(Buffer.alloc(8))),
              common.expectsError({ code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', name: 'TypeError' }));
assert.throws(() => crypto.encapsulate(crypto.generateKeyPairSync('ed25519').publicKey),
              common.expectsError({ code: 'ERR_CRYPTO_OPERATION_FAILED' }));
assert.throws(() => crypto.decapsulate(privateKey, 5),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));

// Callback forms.
crypto.encapsulate(publicKey, common.mustSucceed((result) => {
  assert.strictEqual(result.sharedKey.length, 32);
  crypto.decapsulate(privateKey, result.ciphertext, common.mustSucceed((shared) => {
    assert.deepStrictEqual(shared, result.sharedKey);
  }));
}));
