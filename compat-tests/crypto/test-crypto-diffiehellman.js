// covers: crypto.diffieHellman, crypto.createECDH, crypto.ECDH.prototype.generateKeys, crypto.ECDH.prototype.computeSecret, crypto.ECDH.prototype.getPublicKey
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

// X25519 via the one-shot API.
const a = crypto.generateKeyPairSync('x25519');
const b = crypto.generateKeyPairSync('x25519');
const s1 = crypto.diffieHellman({ privateKey: a.privateKey, publicKey: b.publicKey });
const s2 = crypto.diffieHellman({ privateKey: b.privateKey, publicKey: a.publicKey });
assert.strictEqual(s1.length, 32);
assert.deepStrictEqual(s1, s2);

// RFC 7748 section 6.1 test vector.
function x25519Priv(hex) {
  const pkcs8 = Buffer.concat([Buffer.from('302e020100300506032b656e04220420', 'hex'), Buffer.from(hex, 'hex')]);
  return crypto.createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' });
}
const alice = x25519Priv('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a');
const bob = x25519Priv('5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb');
const shared = crypto.diffieHellman({ privateKey: alice, publicKey: crypto.createPublicKey(bob) });
assert.strictEqual(shared.toString('hex'),
                   '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742');

// ECDH class.
const e1 = crypto.createECDH('prime256v1');
const e2 = crypto.createECDH('prime256v1');
const pub1 = e1.generateKeys();
const pub2 = e2.generateKeys('hex');
assert.strictEqual(pub1.length, 65);  // uncompressed point
assert.strictEqual(pub1[0], 0x04);
assert.strictEqual(e1.getPublicKey('hex', 'compressed').length, 66);
assert.deepStrictEqual(e1.computeSecret(pub2, 'hex'), e2.computeSecret(pub1));

assert.throws(() => e1.computeSecret(Buffer.from('0400', 'hex')), (err) => {
  assert.strictEqual(err.code, 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY');
  assert.strictEqual(err.message, 'Public key is not valid for specified curve');
  return true;
});
assert.throws(() => crypto.createECDH('nope'), (err) => {
  assert.match(err.message, /Invalid EC curve name|Invalid curve name/);
  return true;
});
// Mismatched key types.
const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
assert.throws(() => crypto.diffieHellman({ privateKey: a.privateKey, publicKey: ec.publicKey }),
              common.expectsError({ code: 'ERR_CRYPTO_INCOMPATIBLE_KEY' }));
