'use strict';
// Web Crypto ECDSA and ECDH on the NIST curves P-256, P-384 and P-521, over node:crypto's EC
// KeyObjects (Bouncy Castle underneath).
const { binding, fromLatin1 } = require('internal/crypto_util');
const keys = require('internal/crypto_keys');
const sig = require('internal/crypto_sig');
const { generateKeyPairSync } = require('internal/crypto_keygen');
const { digestOf } = require('internal/crypto_webcrypto_algs');
const {
  createCryptoKey, kKeyObject, kAlgorithm, dom, checkUsages, checkJwk, algMismatch, jwkOf, toArrayBuffer,
  asymKeyObject, importsPrivate, keyPair, truncateBits,
} = require('internal/crypto_webcrypto_keys');

const asym = binding.asym();
const subtleBinding = binding.subtle();

const CURVES = { 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1' };
const JWS_ALG = { 'P-256': 'ES256', 'P-384': 'ES384', 'P-521': 'ES512' };
const ROLES = {
  ECDSA: { public: ['verify'], private: ['sign'] },
  ECDH: { public: [], private: ['deriveKey', 'deriveBits'] },
};
const FORMATS = ['spki', 'pkcs8', 'jwk', 'raw', 'raw-public', 'KeyObject'];

function generateKey(alg, extractable, usages) {
  const roles = ROLES[alg.name];
  checkUsages(usages, [...roles.public, ...roles.private], `Unsupported key usage for an ${alg.name} key`);
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: CURVES[alg.namedCurve] });
  return keyPair(publicKey, privateKey, { name: alg.name, namedCurve: alg.namedCurve }, extractable, usages, roles);
}

function importJwk(jwk, alg, extractable, usages) {
  checkJwk(jwk, 'EC', alg.name === 'ECDSA' ? 'sig' : 'enc', extractable, usages);
  if (jwk.crv !== alg.namedCurve) throw dom('JWK "crv" does not match the requested algorithm', 'DataError');
  if (alg.name === 'ECDSA' && jwk.alg !== undefined && jwk.alg !== JWS_ALG[alg.namedCurve]) throw algMismatch();
  return asymKeyObject('jwk', jwk);
}

function importRaw(bytes, alg) {
  const u8 = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const k = asym.fromEcPoint(CURVES[alg.namedCurve], u8.buffer, u8.byteOffset, u8.byteLength);
  if (k === null) throw dom('Invalid keyData', 'DataError');
  return keys.wrapAsym(k);
}

function importKey(format, keyData, alg, extractable, usages) {
  const { name } = alg;
  if (!FORMATS.includes(format)) throw dom(`Unable to import ${name} using ${format} format`, 'NotSupportedError');
  const roles = ROLES[name];
  checkUsages(usages, importsPrivate(format, keyData) ? roles.private : roles.public,
    `Unsupported key usage for a ${name} key`);
  let ko;
  if (format === 'jwk') ko = importJwk(keyData, alg, extractable, usages);
  else if (format === 'raw' || format === 'raw-public') ko = importRaw(keyData, alg);
  else ko = asymKeyObject(format, keyData);
  if (ko.asymmetricKeyType !== 'ec') throw dom('Invalid key type', 'DataError');
  if (ko.asymmetricKeyDetails.namedCurve !== CURVES[alg.namedCurve]) throw dom('Named curve mismatch', 'DataError');
  if (ko.type === 'private' && !subtleBinding.ecPrivateValid(ko[keys.kHandle].key)) {
    throw dom('Invalid keyData', 'DataError');
  }
  return createCryptoKey(ko, { name, namedCurve: alg.namedCurve }, extractable, usages);
}

/** The export, or undefined when this key cannot be exported in `format`. */
function exportKey(format, key) {
  const ko = key[kKeyObject];
  switch (format) {
    case 'spki': {
      if (ko.type !== 'public') return undefined;
      // Always the uncompressed point, whatever form the key was imported in (as OpenSSL does).
      const point = fromLatin1(asym.ecPoint(ko[keys.kHandle].key, false));
      return toArrayBuffer(importRaw(point, key[kAlgorithm]).export({ format: 'der', type: 'spki' }));
    }
    case 'pkcs8':
      return ko.type === 'private' ? toArrayBuffer(ko.export({ format: 'der', type: 'pkcs8' })) : undefined;
    case 'raw': case 'raw-public':
      return ko.type === 'public' ? toArrayBuffer(fromLatin1(asym.ecPoint(ko[keys.kHandle].key, false))) : undefined;
    case 'jwk':
      return jwkOf(key, ko.export({ format: 'jwk' }));
    default:
      return undefined;
  }
}

function sign(alg, key, data) {
  return toArrayBuffer(sig.sign(digestOf(alg.hash), data, { key: key[kKeyObject], dsaEncoding: 'ieee-p1363' }));
}

function verify(alg, key, data, signature) {
  try {
    return sig.verify(digestOf(alg.hash), data, { key: key[kKeyObject], dsaEncoding: 'ieee-p1363' }, signature);
  } catch {
    return false;   // a signature of the wrong size simply does not verify
  }
}

/** ECDH: the agreed secret of baseKey and algorithm.public, cut to `length` bits. */
function deriveBits(alg, baseKey, length) {
  if (baseKey[kKeyObject].type !== 'private') throw dom('baseKey must be a private key', 'InvalidAccessError');
  if (alg.public[kAlgorithm].namedCurve !== baseKey[kAlgorithm].namedCurve) {
    throw dom('Named curve mismatch', 'InvalidAccessError');
  }
  const secret = sig.diffieHellman({ privateKey: baseKey[kKeyObject], publicKey: alg.public[kKeyObject] });
  return truncateBits(secret, length);
}

module.exports = { generateKey, importKey, exportKey, sign, verify, deriveBits };
