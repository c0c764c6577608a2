// covers: crypto.createPrivateKey, crypto.createPublicKey, crypto.PrivateKeyObject.prototype.export, crypto.PublicKeyObject.prototype.export, crypto.PrivateKeyObject.prototype.asymmetricKeyType, crypto.PrivateKeyObject.prototype.asymmetricKeyDetails, crypto.KeyObject.prototype.equals
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const privPem = common.fixtures.readSync('rsa_private.pem', 'ascii');
const pubPem = common.fixtures.readSync('rsa_public.pem', 'ascii');
const priv = crypto.createPrivateKey(privPem);
const pub = crypto.createPublicKey(pubPem);

assert.strictEqual(priv.type, 'private');
assert.strictEqual(pub.type, 'public');
assert.strictEqual(priv.asymmetricKeyType, 'rsa');
assert.strictEqual(priv.asymmetricKeyDetails.modulusLength, 2048);
assert.strictEqual(priv.asymmetricKeyDetails.publicExponent, 65537n);

// PEM round trip (SPKI / PKCS#8).
assert.strictEqual(pub.export({ type: 'spki', format: 'pem' }), pubPem);
assert.strictEqual(priv.export({ type: 'pkcs8', format: 'pem' }), privPem);
// PKCS#1 formats.
assert.match(pub.export({ type: 'pkcs1', format: 'pem' }), /^-----BEGIN RSA PUBLIC KEY-----\n/);
assert.match(priv.export({ type: 'pkcs1', format: 'pem' }), /^-----BEGIN RSA PRIVATE KEY-----\n/);
// DER is a Buffer and re-imports to an equal key.
const der = pub.export({ type: 'spki', format: 'der' });
assert.ok(Buffer.isBuffer(der));
assert.ok(crypto.createPublicKey({ key: der, format: 'der', type: 'spki' }).equals(pub));
// Public key derived from the private key.
assert.ok(crypto.createPublicKey(priv).equals(pub));
assert.ok(crypto.createPublicKey(privPem).equals(pub));

// JWK export.
const jwk = pub.export({ format: 'jwk' });
assert.strictEqual(jwk.kty, 'RSA');
assert.strictEqual(jwk.e, 'AQAB');
assert.strictEqual(typeof jwk.n, 'string');
assert.ok(crypto.createPublicKey({ key: jwk, format: 'jwk' }).equals(pub));
const privJwk = priv.export({ format: 'jwk' });
for (const k of ['d', 'p', 'q', 'dp', 'dq', 'qi']) assert.strictEqual(typeof privJwk[k], 'string', k);

// Encrypted PKCS#8 export requires a passphrase to re-import.
const encPem = priv.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'secret' });
assert.match(encPem, /^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
assert.ok(crypto.createPrivateKey({ key: encPem, passphrase: 'secret' }).equals(priv));
assert.throws(() => crypto.createPrivateKey(encPem), (err) => {
  // The exact code comes from OpenSSL (3.x reports an interrupted read).
  assert.match(err.code, /^(ERR_MISSING_PASSPHRASE|ERR_OSSL_)/);
  return true;
});

// Missing type for PEM export of a public key.
assert.throws(() => pub.export({ format: 'pem' }), common.expectsError({
  code: 'ERR_INVALID_ARG_VALUE',
}));
// Garbage input.
assert.throws(() => crypto.createPublicKey('not a key'), (err) => {
  assert.match(err.code, /^ERR_OSSL_/);
  return true;
});
