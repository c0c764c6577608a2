// covers: crypto.generateKeyPair, crypto.generateKeyPairSync
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

// PEM output directly.
const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', {
  modulusLength: 1024,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
});
assert.match(publicKey, /^-----BEGIN PUBLIC KEY-----\n/);
assert.match(privateKey, /^-----BEGIN PRIVATE KEY-----\n/);
const sig = crypto.sign('sha256', Buffer.from('x'), privateKey);
assert.strictEqual(crypto.verify('sha256', Buffer.from('x'), publicKey, sig), true);

// KeyObject output and custom public exponent.
const kp = crypto.generateKeyPairSync('rsa', { modulusLength: 1024, publicExponent: 3 });
assert.strictEqual(kp.publicKey.asymmetricKeyDetails.publicExponent, 3n);
assert.strictEqual(kp.privateKey.asymmetricKeyDetails.modulusLength, 1024);

// Callback version.
crypto.generateKeyPair('ec', { namedCurve: 'P-256' }, common.mustSucceed((pub, priv) => {
  assert.strictEqual(pub.asymmetricKeyType, 'ec');
  assert.strictEqual(priv.asymmetricKeyDetails.namedCurve, 'prime256v1');
}));
crypto.generateKeyPair('x25519', common.mustSucceed((pub, priv) => {
  assert.strictEqual(pub.asymmetricKeyType, 'x25519');
}));

// Errors.
assert.throws(() => crypto.generateKeyPairSync('rsa', {}), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.modulusLength" property must be of type number. Received undefined',
}));
assert.throws(() => crypto.generateKeyPairSync('nope'), common.expectsError({
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
}));
assert.throws(() => crypto.generateKeyPairSync('ec', { namedCurve: 'bogus-curve' }), (err) => {
  assert.strictEqual(err.code, 'ERR_CRYPTO_INVALID_CURVE');
  assert.strictEqual(err.message, 'Invalid EC curve name');
  return true;
});
