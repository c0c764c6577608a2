// covers: globalThis.SubtleCrypto.prototype.generateKey, globalThis.SubtleCrypto.prototype.sign, globalThis.SubtleCrypto.prototype.verify, globalThis.SubtleCrypto.prototype.exportKey, globalThis.SubtleCrypto.prototype.importKey, crypto.KeyObject.from
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const { subtle } = globalThis.crypto;

(async () => {
  const { publicKey, privateKey } = await subtle.generateKey(
    { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  assert.strictEqual(publicKey.type, 'public');
  assert.strictEqual(privateKey.type, 'private');
  // Public keys are always extractable.
  assert.strictEqual(publicKey.extractable, true);

  const data = new TextEncoder().encode('payload');
  const sig = await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, privateKey, data);
  // WebCrypto ECDSA signatures are raw r||s.
  assert.strictEqual(sig.byteLength, 64);
  assert.strictEqual(await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, publicKey, sig, data), true);

  // Interop with node:crypto using ieee-p1363 encoding.
  const nodePub = crypto.KeyObject.from(publicKey);
  assert.strictEqual(nodePub.asymmetricKeyType, 'ec');
  assert.strictEqual(crypto.verify('sha256', data, { key: nodePub, dsaEncoding: 'ieee-p1363' },
                                   Buffer.from(sig)), true);

  // Export formats.
  const raw = await subtle.exportKey('raw', publicKey);
  assert.strictEqual(raw.byteLength, 65);
  const spki = await subtle.exportKey('spki', publicKey);
  const jwk = await subtle.exportKey('jwk', privateKey);
  assert.strictEqual(jwk.kty, 'EC');
  assert.strictEqual(jwk.crv, 'P-256');
  assert.strictEqual(typeof jwk.d, 'string');
  // 'raw' is only defined for EC public keys.
  await assert.rejects(subtle.exportKey('raw', privateKey), { name: 'NotSupportedError' });

  // Re-import the SPKI and verify.
  const again = await subtle.importKey('spki', spki, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']);
  assert.strictEqual(await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, again, sig, data), true);

  // Ed25519 in WebCrypto.
  const ed = await subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify']);
  const edSig = await subtle.sign('Ed25519', ed.privateKey, data);
  assert.strictEqual(edSig.byteLength, 64);
  assert.strictEqual(await subtle.verify('Ed25519', ed.publicKey, edSig, data), true);
})().then(common.mustCall());
