'use strict';
// Web Crypto's Crypto and SubtleCrypto: argument conversion (internal/crypto_webidl), algorithm
// normalization (internal/crypto_webcrypto_algs), then the per-algorithm files do the work:
// internal/crypto_webcrypto_{aes,ec,cfrg,rsa,mac,kdf}. Every SubtleCrypto method reports failures as
// rejections, as the spec's promise-returning methods do.
const { codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS, ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const hashMod = require('internal/crypto_hash');
const random = require('internal/crypto_random');
const { conv, requiredArguments, arg } = require('internal/crypto_webidl');
const algs = require('internal/crypto_webcrypto_algs');
const {
  CryptoKey, isCryptoKey, kKeyObject, kAlgorithm, kExtractable, kUsages, dom, toArrayBuffer,
} = require('internal/crypto_webcrypto_keys');

const { normalizeAlgorithm } = algs;
const FAMILIES = {};
for (const [file, names] of [
  ['aes', [...algs.AES, 'ChaCha20-Poly1305']], ['ec', ['ECDSA', 'ECDH']], ['cfrg', algs.CFRG], ['rsa', algs.RSA],
  ['mac', ['HMAC', ...algs.KMAC]], ['kdf', ['HKDF', 'PBKDF2']],
]) {
  for (const n of names) FAMILIES[n] = `internal/crypto_webcrypto_${file}`;
}

/** The module implementing an algorithm (loaded when first used). */
function family(name) {
  return require(FAMILIES[name]);
}

/** A private copy of a BufferSource argument, so later changes by the caller cannot leak in. */
function bytesOf(v) {
  return Buffer.from(algs.copyBytes(v).buffer);
}

// ---- operations shared by several methods ---------------------------------------------------

function importKeyImpl(format, keyData, alg, extractable, usages) {
  const key = family(alg.name).importKey(format, keyData, alg, extractable, usages);
  const type = key[kKeyObject].type;
  if ((type === 'secret' || type === 'private') && usages.length === 0) {
    throw dom(`Usages cannot be empty when importing a ${type} key.`, 'SyntaxError');
  }
  return key;
}

function exportKeyImpl(format, key) {
  const { name } = key[kAlgorithm];
  if (algs.REGISTRY.exportKey[name] === undefined) {
    throw dom(`${name} key export is not supported`, 'NotSupportedError');
  }
  // Node 25 names this DOMException 'InvalidAccessException' (not the spec's InvalidAccessError).
  if (!key[kExtractable]) throw dom('key is not extractable', 'InvalidAccessException');
  const out = family(name).exportKey(format, key);
  if (out === undefined) {
    throw dom(`Unable to export ${name} ${key[kKeyObject].type} key using ${format} format`, 'NotSupportedError');
  }
  return out;
}

/** The key must belong to the algorithm and allow the usage, else InvalidAccessError `message`. */
function checkKey(key, alg, usage, message) {
  if (key[kAlgorithm].name !== alg.name || !key[kUsages].includes(usage)) throw dom(message, 'InvalidAccessError');
}

function cipherImpl(encrypt, alg, key, data, usage) {
  checkKey(key, alg, usage, 'The requested operation is not valid for the provided key');
  if (alg.name === 'AES-KW') return family(alg.name).keyWrap(encrypt, key, data);
  return family(alg.name).crypt(encrypt, alg, key, data);
}

function deriveBitsImpl(alg, baseKey, length, usage) {
  if (!baseKey[kUsages].includes(usage)) throw dom(`baseKey does not have ${usage} usage`, 'InvalidAccessError');
  if (baseKey[kAlgorithm].name !== alg.name) throw dom('Key algorithm mismatch', 'InvalidAccessError');
  return family(alg.name).deriveBits(alg, baseKey, length);
}

/** The bit length a derived key of this (normalized 'get key length') algorithm needs. */
function keyLength(alg) {
  switch (alg.name) {
    case 'HMAC': return alg.length === undefined ? algs.hmacDefaultLength(alg.hash) : alg.length;
    case 'KMAC128': return alg.length === undefined ? 128 : alg.length;
    case 'KMAC256': return alg.length === undefined ? 256 : alg.length;
    case 'ChaCha20-Poly1305': return 256;
    case 'HKDF': case 'PBKDF2': return null;
    default: return alg.length;   // AES
  }
}

/** Normalizes a wrap/unwrap algorithm: the key-wrap registry first, then the cipher one. */
function normalizeWrap(algorithm, op, fallback) {
  try {
    return normalizeAlgorithm(algorithm, op);
  } catch {
    return normalizeAlgorithm(algorithm, fallback);
  }
}

function digestImpl(alg, data) {
  if (alg.name.startsWith('cSHAKE')) {
    if (alg.length === 0) return new ArrayBuffer(0);
    const xof = alg.name === 'cSHAKE128' ? 'shake128' : 'shake256';
    return toArrayBuffer(hashMod.Hash(xof, { outputLength: alg.length / 8 }).update(data).digest());
  }
  return toArrayBuffer(hashMod.Hash(algs.digestOf(alg)).update(data).digest());
}

// ---- SubtleCrypto ---------------------------------------------------------------------------

let subtle;

const prefix = (name) => `Failed to execute '${name}' on 'SubtleCrypto'`;

// Argument kinds beyond WebIDL's: a BufferSource copied on entry, and importKey's key data
// (a JsonWebKey for 'jwk', else a copied BufferSource).
const BYTES = (v, p, i) => bytesOf(arg('BufferSource', v, p, i));
const KEY_DATA = (v, p, i, [format]) => (format === 'jwk' ? arg('JsonWebKey', v, p, i) : BYTES(v, p, i));
const ALG = 'AlgorithmIdentifier', KEY = 'CryptoKey', BOOL = 'boolean', USAGES = 'sequence<KeyUsage>', FORMAT = 'KeyFormat';

/**
 * Every SubtleCrypto method, in Node's order: its argument kinds (all required, converted in
 * order as the spec does) and its body, given the converted values, the error prefix and the
 * raw arguments.
 */
const METHODS = {
  encrypt: [[ALG, KEY, BYTES], ([alg, key, data]) =>
    cipherImpl(true, normalizeAlgorithm(alg, 'encrypt'), key, data, 'encrypt')],
  decrypt: [[ALG, KEY, BYTES], ([alg, key, data]) =>
    cipherImpl(false, normalizeAlgorithm(alg, 'decrypt'), key, data, 'decrypt')],
  sign: [[ALG, KEY, BYTES], ([algorithm, key, data]) => {
    const alg = normalizeAlgorithm(algorithm, 'sign');
    checkKey(key, alg, 'sign', 'Unable to use this key to sign');
    return family(alg.name).sign(alg, key, data);
  }],
  verify: [[ALG, KEY, BYTES, BYTES], ([algorithm, key, signature, data]) => {
    const alg = normalizeAlgorithm(algorithm, 'verify');
    checkKey(key, alg, 'verify', 'Unable to use this key to verify');
    return family(alg.name).verify(alg, key, data, signature);
  }],
  digest: [[ALG, BYTES], ([alg, data]) => digestImpl(normalizeAlgorithm(alg, 'digest'), data)],
  generateKey: [[ALG, BOOL, USAGES], ([algorithm, extractable, keyUsages]) => {
    const alg = normalizeAlgorithm(algorithm, 'generateKey');
    const result = family(alg.name).generateKey(alg, extractable, keyUsages);
    if (result instanceof CryptoKey && keyUsages.length === 0) {
      throw dom('Usages cannot be empty when creating a key.', 'SyntaxError');
    }
    return result;
  }],
  deriveKey: [[ALG, KEY, ALG, BOOL, USAGES], ([algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages]) => {
    const alg = normalizeAlgorithm(algorithm, 'deriveBits');
    const importAlg = normalizeAlgorithm(derivedKeyAlgorithm, 'importKey');
    const length = keyLength(normalizeAlgorithm(derivedKeyAlgorithm, 'get key length'));
    const bits = deriveBitsImpl(alg, baseKey, length, 'deriveKey');
    return importKeyImpl('raw-secret', Buffer.from(bits), importAlg, extractable, keyUsages);
  }],
  // The third argument (length) is optional: null unless given.
  deriveBits: [[ALG, KEY], ([algorithm, baseKey], p, args) => {
    const length = args[2] === undefined || args[2] === null ? null
      : conv.ulongModulo(args[2], { prefix: p, context: '3rd argument' });
    return deriveBitsImpl(normalizeAlgorithm(algorithm, 'deriveBits'), baseKey, length, 'deriveBits');
  }],
  importKey: [[FORMAT, KEY_DATA, ALG, BOOL, USAGES], ([format, keyData, algorithm, extractable, keyUsages]) =>
    importKeyImpl(format, keyData, normalizeAlgorithm(algorithm, 'importKey'), extractable, keyUsages)],
  exportKey: [[FORMAT, KEY], ([format, key]) => exportKeyImpl(format, key)],
  wrapKey: [[FORMAT, KEY, KEY, ALG], ([format, key, wrappingKey, wrapAlgorithm]) => {
    const alg = normalizeWrap(wrapAlgorithm, 'wrapKey', 'encrypt');
    let bytes = exportKeyImpl(format, key);
    if (format === 'jwk') {
      // Padded with spaces to whole 8-byte blocks so AES-KW can wrap any JWK.
      const json = JSON.stringify(bytes);
      bytes = Buffer.from(json + ' '.repeat(8 - (json.length % 8)));
    } else {
      bytes = Buffer.from(bytes);
    }
    return cipherImpl(true, alg, wrappingKey, bytes, 'wrapKey');
  }],
  unwrapKey: [[FORMAT, BYTES, KEY, ALG, ALG, BOOL, USAGES],
    ([format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm, extractable, keyUsages], p) => {
      const alg = normalizeWrap(unwrapAlgorithm, 'unwrapKey', 'decrypt');
      const importAlg = normalizeAlgorithm(unwrappedKeyAlgorithm, 'importKey');
      let keyData = Buffer.from(cipherImpl(false, alg, unwrappingKey, wrappedKey, 'unwrapKey'));
      if (format === 'jwk') {
        try {
          keyData = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(keyData));
        } catch {
          throw dom('Invalid imported JWK key', 'DataError');
        }
        keyData = conv.JsonWebKey(keyData, { prefix: p });
      }
      return importKeyImpl(format, keyData, importAlg, extractable, keyUsages);
    }],
  getPublicKey: [[KEY, USAGES], ([key, keyUsages]) => {
    algs.experimental('getPublicKey', 'method');
    const type = key[kKeyObject].type;
    if (type !== 'private') {
      throw dom('key must be a private key', type === 'secret' ? 'NotSupportedError' : 'InvalidAccessError');
    }
    const publicKey = require('internal/crypto_keys').createPublicKey(key[kKeyObject]);
    return family(key[kAlgorithm].name).importKey('KeyObject', publicKey, key[kAlgorithm], true, keyUsages);
  }],
  // Web Crypto key encapsulation (ML-KEM) is not built yet (crypto.encapsulate is): with no
  // algorithm registered these reject with NotSupportedError after converting their arguments.
  encapsulateBits: [[ALG, KEY], ([alg]) => normalizeAlgorithm(alg, 'encapsulate')],
  encapsulateKey: [[ALG, KEY, ALG, BOOL, USAGES], ([alg]) => normalizeAlgorithm(alg, 'encapsulate')],
  decapsulateBits: [[ALG, KEY, BYTES], ([alg]) => normalizeAlgorithm(alg, 'decapsulate')],
  decapsulateKey: [[ALG, KEY, BYTES, ALG, BOOL, USAGES], ([alg]) => normalizeAlgorithm(alg, 'decapsulate')],
};

/**
 * A SubtleCrypto method from its METHODS entry, an async function as in Node (every throw is a
 * rejection): checks `this` and the argument count, converts the arguments, runs the body.
 */
function subtleMethod(name, kinds, body) {
  const fn = { async [name](...args) {
    if (this !== subtle) throw new ERR_INVALID_THIS('SubtleCrypto');
    const p = prefix(name);
    requiredArguments(args.length, kinds.length, { prefix: p });
    const values = [];
    for (let i = 0; i < kinds.length; i++) {
      const kind = kinds[i];
      values.push(typeof kind === 'function' ? kind(args[i], p, i, values) : arg(kind, args[i], p, i));
    }
    return body(values, p, args);
  } }[name];
  Object.defineProperty(fn, 'length', { value: kinds.length });
  return fn;
}

class SubtleCrypto {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  static supports(operation, algorithm, lengthOrAdditionalAlgorithm = null) {
    if (this !== SubtleCrypto) throw new ERR_INVALID_THIS('SubtleCrypto constructor');
    const p = prefix('supports');
    requiredArguments(arguments.length, 2, { prefix: p });
    operation = arg('DOMString', operation, p, 0);
    algorithm = arg('AlgorithmIdentifier', algorithm, p, 1);
    algs.experimental('supports', 'method');
    return require('internal/crypto_webcrypto_supports').supports(operation, algorithm, lengthOrAdditionalAlgorithm,
      { keyLength });
  }
}
for (const [name, [kinds, body]] of Object.entries(METHODS)) {
  Object.defineProperty(SubtleCrypto.prototype, name, {
    value: subtleMethod(name, kinds, body), writable: true, enumerable: true, configurable: true,
  });
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: 'SubtleCrypto', configurable: true });

subtle = Object.create(SubtleCrypto.prototype);

// ---- Crypto ---------------------------------------------------------------------------------

class Crypto {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get subtle() {
    if (this !== webcrypto) throw new ERR_INVALID_THIS('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (this !== webcrypto) throw new ERR_INVALID_THIS('Crypto');
    return random.getRandomValues(array);
  }

  randomUUID() {
    if (this !== webcrypto) throw new ERR_INVALID_THIS('Crypto');
    return random.randomUUID();
  }
}
for (const name of ['subtle', 'getRandomValues', 'randomUUID']) {
  Object.defineProperty(Crypto.prototype, name, { enumerable: true });
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });

const webcrypto = Object.create(Crypto.prototype);

// ---- KeyObject bridges ----------------------------------------------------------------------

/** KeyObject.from(cryptoKey). */
function keyObjectFrom(key) {
  if (!isCryptoKey(key)) throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
  return key[kKeyObject];
}

const SECRET = [...algs.AES, 'ChaCha20-Poly1305', 'HMAC', ...algs.KMAC, 'HKDF', 'PBKDF2'];

/** KeyObject.prototype.toCryptoKey(algorithm, extractable, keyUsages): this key as a CryptoKey. */
function toCryptoKey(keyObject, algorithm, extractable, keyUsages) {
  const alg = normalizeAlgorithm(conv.AlgorithmIdentifier(algorithm), 'importKey');
  if ((keyObject.type === 'secret') !== SECRET.includes(alg.name)) {
    throw dom('Unrecognized algorithm name', 'NotSupportedError');
  }
  return importKeyImpl('KeyObject', keyObject, alg, conv.boolean(extractable),
    conv['sequence<KeyUsage>'](keyUsages));
}

module.exports = { Crypto, CryptoKey, SubtleCrypto, webcrypto, subtle, keyObjectFrom, toCryptoKey };
