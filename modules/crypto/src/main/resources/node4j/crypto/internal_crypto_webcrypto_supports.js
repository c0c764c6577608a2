'use strict';
// SubtleCrypto.supports(operation, algorithm, lengthOrAdditionalAlgorithm): whether the call
// with these parameters would get past algorithm normalization and the parameter checks of the
// operation (keys themselves are not looked at).
const { conv } = require('internal/crypto_webidl');
const { normalizeAlgorithm } = require('internal/crypto_webcrypto_algs');

const OPERATIONS = ['encrypt', 'decrypt', 'sign', 'verify', 'digest', 'generateKey', 'deriveKey', 'deriveBits',
  'importKey', 'exportKey', 'wrapKey', 'unwrapKey', 'getPublicKey', 'encapsulateBits', 'encapsulateKey',
  'decapsulateBits', 'decapsulateKey'];
const WITH_ALGORITHM = ['deriveKey', 'wrapKey', 'unwrapKey', 'encapsulateKey', 'decapsulateKey'];

function tryNormalize(algorithm, op) {
  try {
    return normalizeAlgorithm(algorithm, op, true);
  } catch {
    return undefined;
  }
}

function canDeriveBits(algorithm, length) {
  const alg = tryNormalize(algorithm, 'deriveBits');
  if (alg === undefined) return false;
  if (alg.name === 'HKDF' || alg.name === 'PBKDF2') return length !== null && length % 8 === 0;
  return true;
}

function canGenerate(algorithm, keyLength) {
  const alg = tryNormalize(algorithm, 'generateKey');
  if (alg === undefined) return false;
  try {
    if (alg.name === 'HMAC') keyLength(alg);   // SHA-3 HMAC keys need an explicit length
    return true;
  } catch {
    return false;
  }
}

function canDeriveKey(algorithm, derived, keyLength) {
  const lengthAlg = tryNormalize(derived, 'get key length');
  if (lengthAlg === undefined || tryNormalize(derived, 'importKey') === undefined) return false;
  let length;
  try {
    length = keyLength(lengthAlg);
  } catch {
    return false;
  }
  return canDeriveBits(algorithm, length);
}

/** helpers.keyLength: the derived-key length rule of SubtleCrypto.deriveKey. */
function supports(operation, algorithm, extra, helpers) {
  if (!OPERATIONS.includes(operation)) return false;
  let additional;
  let length = null;
  if (WITH_ALGORITHM.includes(operation)) additional = conv.AlgorithmIdentifier(extra);
  else if (extra !== null && extra !== undefined) length = extra;
  switch (operation) {
    case 'deriveKey':
      return canDeriveKey(algorithm, additional, helpers.keyLength);
    case 'deriveBits':
      return canDeriveBits(algorithm, length);
    case 'generateKey':
      return canGenerate(algorithm, helpers.keyLength);
    case 'wrapKey': case 'unwrapKey': {
      const cipherOp = operation === 'wrapKey' ? 'encrypt' : 'decrypt';
      if (tryNormalize(algorithm, operation) === undefined && tryNormalize(algorithm, cipherOp) === undefined) {
        return false;
      }
      return tryNormalize(additional, operation === 'wrapKey' ? 'exportKey' : 'importKey') !== undefined;
    }
    case 'encapsulateKey': case 'decapsulateKey': case 'encapsulateBits': case 'decapsulateBits':
      return false;   // Web Crypto ML-KEM is not built yet
    default:
      return tryNormalize(algorithm, operation) !== undefined;
  }
}

module.exports = { supports };
