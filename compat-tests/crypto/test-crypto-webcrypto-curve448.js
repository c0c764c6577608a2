// covers: globalThis.SubtleCrypto.prototype.generateKey, globalThis.SubtleCrypto.prototype.sign
// covers: globalThis.SubtleCrypto.prototype.verify, globalThis.SubtleCrypto.prototype.deriveBits
// covers: globalThis.SubtleCrypto.prototype.deriveKey, globalThis.SubtleCrypto.prototype.importKey
// covers: globalThis.SubtleCrypto.prototype.exportKey
'use strict';
// Ed448 signatures and X448 key agreement through Web Crypto, checked against node:crypto.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const { subtle } = globalThis.crypto;
const msg = Buffer.from('curve448 through Web Crypto');

(async () => {
  // Ed448: Web Crypto signatures verify with node:crypto and the other way round.
  const ed = await subtle.generateKey('Ed448', true, ['sign', 'verify']);
  assert.deepStrictEqual(ed.publicKey.algorithm, { name: 'Ed448' });
  assert.deepStrictEqual(ed.publicKey.usages, ['verify']);
  assert.deepStrictEqual(ed.privateKey.usages, ['sign']);
  const signature = await subtle.sign('Ed448', ed.privateKey, msg);
  assert.strictEqual(signature.byteLength, 114);
  assert.strictEqual(await subtle.verify('Ed448', ed.publicKey, signature, msg), true);
  assert.strictEqual(await subtle.verify('Ed448', ed.publicKey, signature, Buffer.from('other')), false);
  const pub = crypto.KeyObject.from(ed.publicKey);
  assert.strictEqual(pub.asymmetricKeyType, 'ed448');
  assert.strictEqual(crypto.verify(null, msg, pub, Buffer.from(signature)), true);
  const nodeSig = crypto.sign(null, msg, crypto.KeyObject.from(ed.privateKey));
  assert.strictEqual(await subtle.verify({ name: 'Ed448', context: new Uint8Array(0) }, ed.publicKey, nodeSig, msg),
                     true);

  // Raw public keys are 57 bytes; JWK carries crv and the Ed448 "alg".
  const raw = await subtle.exportKey('raw', ed.publicKey);
  assert.strictEqual(raw.byteLength, 57);
  const jwk = await subtle.exportKey('jwk', ed.publicKey);
  assert.strictEqual(jwk.kty, 'OKP');
  assert.strictEqual(jwk.crv, 'Ed448');
  assert.strictEqual(jwk.alg, 'Ed448');
  assert.strictEqual(Buffer.from(jwk.x, 'base64url').toString('hex'), Buffer.from(raw).toString('hex'));
  const again = await subtle.importKey('raw', raw, 'Ed448', true, ['verify']);
  assert.strictEqual(await subtle.verify('Ed448', again, signature, msg), true);
  await assert.rejects(subtle.importKey('raw', new Uint8Array(32), 'Ed448', true, ['verify']), { name: 'DataError' });
  await assert.rejects(subtle.importKey('jwk', { ...jwk, crv: 'Ed25519' }, 'Ed448', true, ['verify']), {
    name: 'DataError', message: 'JWK "crv" Parameter and algorithm name mismatch',
  });

  // X448: both sides agree on a 56-byte secret, the same one node:crypto computes.
  const alice = await subtle.generateKey('X448', true, ['deriveBits', 'deriveKey']);
  const bob = await subtle.generateKey('X448', true, ['deriveBits']);
  const s1 = await subtle.deriveBits({ name: 'X448', public: bob.publicKey }, alice.privateKey, null);
  const s2 = await subtle.deriveBits({ name: 'X448', public: alice.publicKey }, bob.privateKey, null);
  assert.strictEqual(s1.byteLength, 56);
  assert.deepStrictEqual(Buffer.from(s1), Buffer.from(s2));
  const nodeSecret = crypto.diffieHellman({ privateKey: crypto.KeyObject.from(alice.privateKey),
                                            publicKey: crypto.KeyObject.from(bob.publicKey) });
  assert.deepStrictEqual(Buffer.from(s1), nodeSecret);
  // A shorter length keeps the leading bits.
  const s12 = await subtle.deriveBits({ name: 'X448', public: bob.publicKey }, alice.privateKey, 12);
  assert.deepStrictEqual([...new Uint8Array(s12)], [nodeSecret[0], nodeSecret[1] & 0xf0]);
  await assert.rejects(subtle.deriveBits({ name: 'X448', public: bob.publicKey }, alice.privateKey, 56 * 8 + 8),
                       { name: 'OperationError' });
  const aes = await subtle.deriveKey({ name: 'X448', public: bob.publicKey }, alice.privateKey,
                                     { name: 'AES-GCM', length: 256 }, true, ['encrypt']);
  assert.deepStrictEqual(Buffer.from(await subtle.exportKey('raw', aes)), nodeSecret.subarray(0, 32));

  // The peer key must be an X448 public key.
  const x25519 = await subtle.generateKey('X25519', true, ['deriveBits']);
  await assert.rejects(subtle.deriveBits({ name: 'X448', public: x25519.publicKey }, alice.privateKey, null),
                       { name: 'InvalidAccessError', message: 'key algorithm mismatch' });
  await assert.rejects(subtle.deriveBits({ name: 'X448', public: bob.privateKey }, alice.privateKey, null),
                       { name: 'InvalidAccessError' });
})().then(common.mustCall());
