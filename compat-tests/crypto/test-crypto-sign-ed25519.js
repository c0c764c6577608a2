// covers: crypto.sign, crypto.verify, crypto.generateKeyPairSync, crypto.createPrivateKey, crypto.createPublicKey
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const priv = crypto.createPrivateKey(common.fixtures.readSync('ed25519_private.pem'));
const pub = crypto.createPublicKey(common.fixtures.readSync('ed25519_public.pem'));
assert.strictEqual(priv.asymmetricKeyType, 'ed25519');
assert.strictEqual(pub.asymmetricKeyType, 'ed25519');

// Ed25519 uses a null digest and is deterministic; signatures are 64 bytes.
const msg = Buffer.from('hello ed25519');
const sig = crypto.sign(null, msg, priv);
assert.strictEqual(sig.length, 64);
assert.deepStrictEqual(crypto.sign(undefined, msg, priv), sig);
assert.strictEqual(crypto.verify(null, msg, pub, sig), true);
assert.strictEqual(crypto.verify(null, Buffer.from('hello ed25519!'), pub, sig), false);
// A flipped bit in the signature fails.
const broken = Buffer.from(sig);
broken[0] ^= 1;
assert.strictEqual(crypto.verify(null, msg, pub, broken), false);

// RFC 8032 test vector 1 (empty message), imported from raw JWK.
const d = Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex');
const x = Buffer.from('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', 'hex');
const jwkPriv = crypto.createPrivateKey({
  key: { kty: 'OKP', crv: 'Ed25519', d: d.toString('base64url'), x: x.toString('base64url') },
  format: 'jwk',
});
assert.strictEqual(crypto.sign(null, Buffer.alloc(0), jwkPriv).toString('hex'),
                   'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155' +
                   '5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b');

// Generated key pair.
const kp = crypto.generateKeyPairSync('ed25519');
assert.strictEqual(crypto.verify(null, msg, kp.publicKey, crypto.sign(null, msg, kp.privateKey)), true);

// A digest name is rejected for Ed25519 in the streaming API.
assert.throws(() => crypto.createSign('sha256').update(msg).sign(priv));
