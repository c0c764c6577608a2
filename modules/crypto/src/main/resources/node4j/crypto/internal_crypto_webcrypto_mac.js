'use strict';
// Web Crypto HMAC (node:crypto's Hmac) and KMAC128/KMAC256 (Bouncy Castle, SubtleBinding):
// secret keys, their import/export, and sign/verify (verify compares in constant time).
const { binding, fromLatin1 } = require('internal/crypto_util');
const hashMod = require('internal/crypto_hash');
const { timingSafeEqual } = require('internal/crypto_random');
const { digestOf, hmacDefaultLength } = require('internal/crypto_webcrypto_algs');
const {
  createCryptoKey, kKeyObject, kAlgorithm, dom, checkUsages, secretBytes, secretKeyObject, exportSecret,
  toArrayBuffer, randomSecret, algMismatch,
} = require('internal/crypto_webcrypto_keys');

const subtleBinding = binding.subtle();
const USAGES = ['sign', 'verify'];

/** JWK "alg" of a MAC key: HS* for HMAC with SHA-1/SHA-2, K128/K256 for KMAC, none for SHA-3. */
function jwkAlg(algorithm) {
  if (algorithm.name !== 'HMAC') return `K${algorithm.name.slice(4)}`;
  const h = algorithm.hash.name;
  if (!h.startsWith('SHA-')) return undefined;
  return `HS${h === 'SHA-1' ? '1' : h.slice(4)}`;
}

const isHmac = (name) => name === 'HMAC';
const rawFormatsOf = (name) => (isHmac(name) ? ['raw', 'raw-secret'] : ['raw-secret']);

function generateKey(alg, extractable, usages) {
  const { name } = alg;
  checkUsages(usages, USAGES, isHmac(name) ? 'Unsupported key usage for an HMAC key'
    : `Unsupported key usage for ${name} key`);
  let length = alg.length;
  if (length === undefined) length = isHmac(name) ? hmacDefaultLength(alg.hash) : (name === 'KMAC128' ? 128 : 256);
  const algorithm = isHmac(name) ? { name, length, hash: { name: alg.hash.name } } : { name, length };
  return createCryptoKey(randomSecret(length / 8), algorithm, extractable, usages);
}

function importKey(format, keyData, alg, extractable, usages) {
  const { name } = alg;
  checkUsages(usages, USAGES, `Unsupported key usage for ${name} key`);
  const bytes = secretBytes(format, keyData, name, rawFormatsOf(name), 'sig', extractable, usages);
  const expected = jwkAlg(alg);
  if (format === 'jwk' && keyData.alg !== undefined && expected !== undefined && keyData.alg !== expected) {
    throw algMismatch();
  }
  if (bytes.length === 0) throw dom('Zero-length key is not supported', 'DataError');
  // The spec allows a length up to 7 bits short of the data; Node (and node4j) want an exact match.
  const length = bytes.length * 8;
  if (alg.length !== undefined && alg.length !== length) throw dom('Invalid key length', 'DataError');
  const algorithm = isHmac(name) ? { name, length, hash: { name: alg.hash.name } } : { name, length };
  return createCryptoKey(secretKeyObject(format, keyData, bytes), algorithm, extractable, usages);
}

function exportKey(format, key) {
  const algorithm = key[kAlgorithm];
  return exportSecret(key, format, rawFormatsOf(algorithm.name), jwkAlg(algorithm));
}

function mac(alg, key, data) {
  const ko = key[kKeyObject];
  const { name } = key[kAlgorithm];
  if (isHmac(name)) return hashMod.Hmac(digestOf(key[kAlgorithm].hash), ko).update(data).digest();
  const k = ko.export();
  const s = alg.customization || new Uint8Array(0);
  return fromLatin1(subtleBinding.kmac(name === 'KMAC128' ? 128 : 256, k.buffer, k.byteOffset, k.byteLength,
    s.buffer, s.byteOffset, s.byteLength, data.buffer, data.byteOffset, data.byteLength, alg.length / 8));
}

function sign(alg, key, data) {
  return toArrayBuffer(mac(alg, key, data));
}

function verify(alg, key, data, signature) {
  const expected = mac(alg, key, data);
  return expected.length === signature.length && timingSafeEqual(expected, signature);
}

module.exports = { generateKey, importKey, exportKey, sign, verify };
