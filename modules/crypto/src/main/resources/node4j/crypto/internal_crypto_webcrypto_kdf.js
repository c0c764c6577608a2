'use strict';
// Web Crypto HKDF and PBKDF2: non-extractable base keys and bit derivation over node:crypto's
// hkdfSync / pbkdf2Sync.
const kdf = require('internal/crypto_kdf');
const { digestOf } = require('internal/crypto_webcrypto_algs');
const { createCryptoKey, kKeyObject, dom, checkUsages, secretBytes, secretKeyObject } =
  require('internal/crypto_webcrypto_keys');

const USAGES = ['deriveKey', 'deriveBits'];

function importKey(format, keyData, alg, extractable, usages) {
  const { name } = alg;
  if (extractable) throw dom(`${name} keys are not extractable`, 'SyntaxError');
  checkUsages(usages, USAGES, `Unsupported key usage for a ${name} key`);
  const bytes = secretBytes(format, keyData, name, ['raw', 'raw-secret'], undefined, extractable, usages);
  return createCryptoKey(secretKeyObject(format, keyData, bytes), { name }, false, usages);
}

function checkLength(length) {
  if (length === null) throw dom('length cannot be null', 'OperationError');
  if (length % 8) throw dom('length must be a multiple of 8', 'OperationError');
}

function deriveBits(alg, baseKey, length) {
  checkLength(length);
  if (length === 0) return new ArrayBuffer(0);
  const secret = baseKey[kKeyObject].export();
  try {
    if (alg.name === 'HKDF') return kdf.hkdfSync(digestOf(alg.hash), secret, alg.salt, alg.info, length / 8);
    const out = kdf.pbkdf2Sync(secret, alg.salt, alg.iterations, length / 8, digestOf(alg.hash));
    return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength);
  } catch (e) {
    throw dom('The operation failed for an operation-specific reason', 'OperationError', e);
  }
}

module.exports = { importKey, deriveBits };
