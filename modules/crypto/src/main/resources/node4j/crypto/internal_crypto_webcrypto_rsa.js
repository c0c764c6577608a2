'use strict';
// Web Crypto RSASSA-PKCS1-v1_5, RSA-PSS and RSA-OAEP over node:crypto's RSA KeyObjects. The hash
// lives in the key's algorithm; RSA-PSS salt lengths are checked against the modulus as in Node.
const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
const sig = require('internal/crypto_sig');
const { generateKeyPairSync } = require('internal/crypto_keygen');
const { digestOf, hashBits } = require('internal/crypto_webcrypto_algs');
const {
  createCryptoKey, kKeyObject, kAlgorithm, dom, checkUsages, checkJwk, algMismatch, jwkOf, toArrayBuffer,
  asymKeyObject, importsPrivate, keyPair,
} = require('internal/crypto_webcrypto_keys');

const SIGN = { public: ['verify'], private: ['sign'] };
const ROLES = {
  'RSASSA-PKCS1-v1_5': SIGN,
  'RSA-PSS': SIGN,
  'RSA-OAEP': { public: ['encrypt', 'wrapKey'], private: ['decrypt', 'unwrapKey'] },
};
const FORMATS = ['spki', 'pkcs8', 'jwk', 'KeyObject'];
const PADDING_PSS = 6;
const PADDING_OAEP = 4;

const operationError = (cause) => dom('The operation failed for an operation-specific reason', 'OperationError',
  cause);

/** The JWK "alg" of an RSA key (none for SHA-3 hashes, which have no registered name). */
function jwkAlg(name, hash) {
  if (!hash.startsWith('SHA-')) return undefined;
  const bits = hash === 'SHA-1' ? '1' : hash.slice(4);
  if (name === 'RSA-OAEP') return hash === 'SHA-1' ? 'RSA-OAEP' : `RSA-OAEP-${bits}`;
  return `${name === 'RSA-PSS' ? 'PS' : 'RS'}${bits}`;
}

/** A big-endian BigInteger byte array as a number, or undefined past 32 bits. */
function exponentOf(bytes) {
  let e = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes.length - i > 4 && bytes[i] !== 0) return undefined;
    e = e * 256 + bytes[i];
  }
  return e;
}

function algorithmOf(name, ko, hash) {
  const { modulusLength, publicExponent } = ko.asymmetricKeyDetails;
  let hex = publicExponent.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  return { name, modulusLength, publicExponent: new Uint8Array(Buffer.from(hex, 'hex')), hash: { name: hash } };
}

function generateKey(alg, extractable, usages) {
  const roles = ROLES[alg.name];
  checkUsages(usages, [...roles.public, ...roles.private], 'Unsupported key usage for a RSA key');
  const publicExponent = exponentOf(alg.publicExponent);
  if (publicExponent === undefined) {
    throw dom('The publicExponent must be equivalent to an unsigned 32-bit value', 'OperationError');
  }
  if (alg.modulusLength < 512) {
    throw operationError(new Error('error:1C8000AB:Provider routines::key size too small'));
  }
  // Bouncy Castle loops forever on exponents without valid primes; OpenSSL rejects them.
  if (publicExponent < 3 || publicExponent % 2 === 0) {
    throw operationError(new Error('error:020000B2:rsa routines::pub exponent out of range'));
  }
  let pair;
  try {
    pair = generateKeyPairSync('rsa', { modulusLength: alg.modulusLength, publicExponent });
  } catch (e) {
    throw operationError(e);
  }
  return keyPair(pair.publicKey, pair.privateKey, algorithmOf(alg.name, pair.publicKey, alg.hash.name), extractable,
    usages, roles);
}

function importKey(format, keyData, alg, extractable, usages) {
  const { name } = alg;
  if (!FORMATS.includes(format)) throw dom(`Unable to import ${name} using ${format} format`, 'NotSupportedError');
  const roles = ROLES[name];
  checkUsages(usages, importsPrivate(format, keyData) ? roles.private : roles.public,
    `Unsupported key usage for an ${name} key`);
  if (format === 'jwk') {
    checkJwk(keyData, 'RSA', name === 'RSA-OAEP' ? 'enc' : 'sig', extractable, usages);
    const expected = jwkAlg(name, alg.hash.name);
    if (keyData.alg !== undefined && expected !== undefined && keyData.alg !== expected) throw algMismatch();
  }
  const ko = asymKeyObject(format, keyData);
  if (ko.asymmetricKeyType !== 'rsa') throw dom('Invalid key type', 'DataError');
  return createCryptoKey(ko, algorithmOf(name, ko, alg.hash.name), extractable, usages);
}

/** The export, or undefined when this key cannot be exported in `format`. */
function exportKey(format, key) {
  const ko = key[kKeyObject];
  switch (format) {
    case 'spki':
      return ko.type === 'public' ? toArrayBuffer(ko.export({ format: 'der', type: 'spki' })) : undefined;
    case 'pkcs8':
      return ko.type === 'private' ? toArrayBuffer(ko.export({ format: 'der', type: 'pkcs8' })) : undefined;
    case 'jwk': {
      const { name, hash } = key[kAlgorithm];
      return jwkOf(key, ko.export({ format: 'jwk' }), jwkAlg(name, hash.name));
    }
    default:
      return undefined;
  }
}

function signOptions(alg, key) {
  const opts = { key: key[kKeyObject] };
  if (alg.name === 'RSA-PSS') {
    const { modulusLength, hash } = key[kAlgorithm];
    const max = Math.ceil((modulusLength - 1) / 8) - hashBits(hash) / 8 - 2;
    if (alg.saltLength > max) {
      throw operationError(new ERR_OUT_OF_RANGE('algorithm.saltLength', `>= 0 && <= ${max}`, alg.saltLength));
    }
    opts.padding = PADDING_PSS;
    opts.saltLength = alg.saltLength;
  }
  return opts;
}

function sign(alg, key, data) {
  const opts = signOptions(alg, key);
  try {
    return toArrayBuffer(sig.sign(digestOf(key[kAlgorithm].hash), data, opts));
  } catch (e) {
    throw operationError(e);
  }
}

function verify(alg, key, data, signature) {
  const opts = signOptions(alg, key);
  // OpenSSL wants exactly the modulus size; Bouncy Castle would accept a leading zero left out.
  if (signature.length !== Math.ceil(key[kAlgorithm].modulusLength / 8)) return false;
  try {
    return sig.verify(digestOf(key[kAlgorithm].hash), data, opts, signature);
  } catch {
    return false;
  }
}

/** RSA-OAEP encryption with the key's hash and the optional label. */
function crypt(encrypt, alg, key, data) {
  const opts = { key: key[kKeyObject], padding: PADDING_OAEP, oaepHash: digestOf(key[kAlgorithm].hash) };
  if (alg.label !== undefined) opts.oaepLabel = alg.label;
  try {
    return toArrayBuffer(encrypt ? sig.publicEncrypt(opts, data) : sig.privateDecrypt(opts, data));
  } catch (e) {
    throw operationError(e);
  }
}

module.exports = { generateKey, importKey, exportKey, sign, verify, crypt };
