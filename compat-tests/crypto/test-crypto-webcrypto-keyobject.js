// covers: crypto.SecretKeyObject.prototype.toCryptoKey, crypto.PublicKeyObject.prototype.toCryptoKey
// covers: crypto.PrivateKeyObject.prototype.toCryptoKey, crypto.KeyObject.from
// covers: globalThis.SubtleCrypto.prototype.getPublicKey, globalThis.SubtleCrypto.supports
// covers: globalThis.CryptoKey.prototype.algorithm, globalThis.CryptoKey.prototype.usages
'use strict';
// KeyObject <-> CryptoKey, SubtleCrypto.getPublicKey and SubtleCrypto.supports.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const { subtle } = globalThis.crypto;

(async () => {
  // toCryptoKey wraps the same key material, checked like an import.
  const secret = crypto.createSecretKey(Buffer.alloc(24, 3));
  const aes = secret.toCryptoKey('AES-CBC', false, ['encrypt', 'decrypt']);
  assert.ok(aes instanceof CryptoKey);
  assert.deepStrictEqual(aes.algorithm, { name: 'AES-CBC', length: 192 });
  assert.ok(crypto.KeyObject.from(aes).equals(secret));
  assert.throws(() => secret.toCryptoKey('AES-CBC', false, ['sign']), { name: 'SyntaxError' });
  assert.throws(() => secret.toCryptoKey('HKDF', true, ['deriveBits']), {
    name: 'SyntaxError', message: 'HKDF keys are not extractable',
  });
  assert.throws(() => secret.toCryptoKey({ name: 'HMAC', hash: 'SHA-256' }, true, []), {
    name: 'SyntaxError', message: 'Usages cannot be empty when importing a secret key.',
  });
  assert.throws(() => secret.toCryptoKey('Ed25519', true, ['sign']), { name: 'NotSupportedError' });

  const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-384' });
  const ecdsa = ec.privateKey.toCryptoKey({ name: 'ECDSA', namedCurve: 'P-384' }, true, ['sign']);
  assert.strictEqual(ecdsa.type, 'private');
  assert.throws(() => ec.publicKey.toCryptoKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']), {
    name: 'DataError', message: 'Named curve mismatch',
  });
  assert.throws(() => ec.publicKey.toCryptoKey({ name: 'RSA-PSS', hash: 'SHA-256' }, true, ['verify']), {
    name: 'DataError', message: 'Invalid key type',
  });

  // The algorithm and usages objects are cached, and changing them does not change the key.
  assert.strictEqual(ecdsa.algorithm, ecdsa.algorithm);
  assert.strictEqual(ecdsa.usages, ecdsa.usages);
  ecdsa.algorithm.namedCurve = 'P-256';
  ecdsa.usages.push('verify');
  const sig = await subtle.sign({ name: 'ECDSA', hash: 'SHA-384' }, ecdsa, Buffer.from('x'));
  assert.strictEqual(sig.byteLength, 96);

  // getPublicKey: the public half of a private CryptoKey, always extractable.
  const pub = await subtle.getPublicKey(ecdsa, ['verify']);
  assert.strictEqual(pub.type, 'public');
  assert.strictEqual(pub.extractable, true);
  assert.deepStrictEqual(pub.algorithm, { name: 'ECDSA', namedCurve: 'P-384' });
  assert.strictEqual(await subtle.verify({ name: 'ECDSA', hash: 'SHA-384' }, pub, sig, Buffer.from('x')), true);
  await assert.rejects(subtle.getPublicKey(ecdsa, ['sign']), { name: 'SyntaxError' });
  const notPrivate = 'key must be a private key';
  await assert.rejects(subtle.getPublicKey(pub, []), { name: 'InvalidAccessError', message: notPrivate });
  await assert.rejects(subtle.getPublicKey(aes, []), { name: 'NotSupportedError', message: notPrivate });

  // supports: what would get past normalization and the parameter checks.
  assert.strictEqual(SubtleCrypto.supports('digest', 'SHA-384'), true);
  assert.strictEqual(SubtleCrypto.supports('digest', 'MD5'), false);
  assert.strictEqual(SubtleCrypto.supports('sign', 'RSA-PSS'), false);   // saltLength is required
  assert.strictEqual(SubtleCrypto.supports('sign', { name: 'RSA-PSS', saltLength: 32 }), true);
  assert.strictEqual(SubtleCrypto.supports('generateKey', { name: 'AES-GCM', length: 64 }), false);
  assert.strictEqual(SubtleCrypto.supports('encrypt', { name: 'AES-CBC', iv: new Uint8Array(16) }), true);
  assert.strictEqual(SubtleCrypto.supports('deriveBits', { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(),
                                                            info: new Uint8Array() }, 256), true);
  assert.strictEqual(SubtleCrypto.supports('deriveBits', { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(),
                                                            info: new Uint8Array() }, 12), false);
  assert.strictEqual(SubtleCrypto.supports('wrapKey', 'AES-KW', 'HMAC'), true);
  assert.strictEqual(SubtleCrypto.supports('wrapKey', 'AES-KW', 'PBKDF2'), false);
  assert.strictEqual(SubtleCrypto.supports('exportKey', 'HKDF'), false);
  assert.strictEqual(SubtleCrypto.supports('getPublicKey', 'X25519'), true);
  assert.strictEqual(SubtleCrypto.supports('frobnicate', 'SHA-256'), false);
  assert.throws(() => SubtleCrypto.supports.call(null, 'digest', 'SHA-256'), { code: 'ERR_INVALID_THIS' });
  assert.throws(() => SubtleCrypto.supports('digest'), { code: 'ERR_MISSING_ARGS' });
})().then(common.mustCall());
