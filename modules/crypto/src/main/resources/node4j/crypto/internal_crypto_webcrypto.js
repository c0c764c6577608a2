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

/** Runs a SubtleCrypto method body: checks `this`, and turns throws into rejections. */
function method(self, body) {
  return new Promise((resolve) => {
    if (self !== subtle) throw new ERR_INVALID_THIS('SubtleCrypto');
    resolve(body());
  });
}

const prefix = (name) => `Failed to execute '${name}' on 'SubtleCrypto'`;

/** The KEM methods: argument checks, then normalization against the (empty) KEM registry. */
function kemMethod(self, name, args, converters) {
  return method(self, () => {
    const p = prefix(name);
    requiredArguments(args.length, converters.length, { prefix: p });
    const values = converters.map((c, i) => arg(c, args[i], p, i));
    return normalizeAlgorithm(values[0], name.startsWith('en') ? 'encapsulate' : 'decapsulate');
  });
}

class SubtleCrypto {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  encrypt(algorithm, key, data) {
    return method(this, () => {
      const p = prefix('encrypt');
      requiredArguments(arguments.length, 3, { prefix: p });
      algorithm = arg('AlgorithmIdentifier', algorithm, p, 0);
      key = arg('CryptoKey', key, p, 1);
      data = bytesOf(arg('BufferSource', data, p, 2));
      return cipherImpl(true, normalizeAlgorithm(algorithm, 'encrypt'), key, data, 'encrypt');
    });
  }

  decrypt(algorithm, key, data) {
    return method(this, () => {
      const p = prefix('decrypt');
      requiredArguments(arguments.length, 3, { prefix: p });
      algorithm = arg('AlgorithmIdentifier', algorithm, p, 0);
      key = arg('CryptoKey', key, p, 1);
      data = bytesOf(arg('BufferSource', data, p, 2));
      return cipherImpl(false, normalizeAlgorithm(algorithm, 'decrypt'), key, data, 'decrypt');
    });
  }

  sign(algorithm, key, data) {
    return method(this, () => {
      const p = prefix('sign');
      requiredArguments(arguments.length, 3, { prefix: p });
      algorithm = arg('AlgorithmIdentifier', algorithm, p, 0);
      key = arg('CryptoKey', key, p, 1);
      data = bytesOf(arg('BufferSource', data, p, 2));
      const alg = normalizeAlgorithm(algorithm, 'sign');
      checkKey(key, alg, 'sign', 'Unable to use this key to sign');
      return family(alg.name).sign(alg, key, data);
    });
  }

  verify(algorithm, key, signature, data) {
    return method(this, () => {
      const p = prefix('verify');
      requiredArguments(arguments.length, 4, { prefix: p });
      algorithm = arg('AlgorithmIdentifier', algorithm, p, 0);
      key = arg('CryptoKey', key, p, 1);
      signature = bytesOf(arg('BufferSource', signature, p, 2));
      data = bytesOf(arg('BufferSource', data, p, 3));
      const alg = normalizeAlgorithm(algorithm, 'verify');
      checkKey(key, alg, 'verify', 'Unable to use this key to verify');
      return family(alg.name).verify(alg, key, data, signature);
    });
  }

  digest(algorithm, data) {
    return method(this, () => {
      const p = prefix('digest');
      requiredArguments(arguments.length, 2, { prefix: p });
      algorithm = arg('AlgorithmIdentifier', algorithm, p, 0);
      data = bytesOf(arg('BufferSource', data, p, 1));
      return digestImpl(normalizeAlgorithm(algorithm, 'digest'), data);
    });
  }

  generateKey(algorithm, extractable, keyUsages) {
    return method(this, () => {
      const p = prefix('generateKey');
      requiredArguments(arguments.length, 3, { prefix: p });
      algorithm = arg('AlgorithmIdentifier', algorithm, p, 0);
      extractable = arg('boolean', extractable, p, 1);
      keyUsages = arg('sequence<KeyUsage>', keyUsages, p, 2);
      const alg = normalizeAlgorithm(algorithm, 'generateKey');
      const result = family(alg.name).generateKey(alg, extractable, keyUsages);
      if (result instanceof CryptoKey && keyUsages.length === 0) {
        throw dom('Usages cannot be empty when creating a key.', 'SyntaxError');
      }
      return result;
    });
  }

  deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages) {
    return method(this, () => {
      const p = prefix('deriveKey');
      requiredArguments(arguments.length, 5, { prefix: p });
      algorithm = arg('AlgorithmIdentifier', algorithm, p, 0);
      baseKey = arg('CryptoKey', baseKey, p, 1);
      derivedKeyAlgorithm = arg('AlgorithmIdentifier', derivedKeyAlgorithm, p, 2);
      extractable = arg('boolean', extractable, p, 3);
      keyUsages = arg('sequence<KeyUsage>', keyUsages, p, 4);
      const alg = normalizeAlgorithm(algorithm, 'deriveBits');
      const importAlg = normalizeAlgorithm(derivedKeyAlgorithm, 'importKey');
      const length = keyLength(normalizeAlgorithm(derivedKeyAlgorithm, 'get key length'));
      const bits = deriveBitsImpl(alg, baseKey, length, 'deriveKey');
      return importKeyImpl('raw-secret', Buffer.from(bits), importAlg, extractable, keyUsages);
    });
  }

  deriveBits(algorithm, baseKey, length = null) {
    return method(this, () => {
      const p = prefix('deriveBits');
      requiredArguments(arguments.length, 2, { prefix: p });
      algorithm = arg('AlgorithmIdentifier', algorithm, p, 0);
      baseKey = arg('CryptoKey', baseKey, p, 1);
      if (length !== null) length = conv.ulongModulo(length, { prefix: p, context: '3rd argument' });
      return deriveBitsImpl(normalizeAlgorithm(algorithm, 'deriveBits'), baseKey, length, 'deriveBits');
    });
  }

  importKey(format, keyData, algorithm, extractable, keyUsages) {
    return method(this, () => {
      const p = prefix('importKey');
      requiredArguments(arguments.length, 5, { prefix: p });
      format = arg('KeyFormat', format, p, 0);
      keyData = format === 'jwk' ? arg('JsonWebKey', keyData, p, 1) : bytesOf(arg('BufferSource', keyData, p, 1));
      algorithm = arg('AlgorithmIdentifier', algorithm, p, 2);
      extractable = arg('boolean', extractable, p, 3);
      keyUsages = arg('sequence<KeyUsage>', keyUsages, p, 4);
      return importKeyImpl(format, keyData, normalizeAlgorithm(algorithm, 'importKey'), extractable, keyUsages);
    });
  }

  exportKey(format, key) {
    return method(this, () => {
      const p = prefix('exportKey');
      requiredArguments(arguments.length, 2, { prefix: p });
      format = arg('KeyFormat', format, p, 0);
      key = arg('CryptoKey', key, p, 1);
      return exportKeyImpl(format, key);
    });
  }

  wrapKey(format, key, wrappingKey, wrapAlgorithm) {
    return method(this, () => {
      const p = prefix('wrapKey');
      requiredArguments(arguments.length, 4, { prefix: p });
      format = arg('KeyFormat', format, p, 0);
      key = arg('CryptoKey', key, p, 1);
      wrappingKey = arg('CryptoKey', wrappingKey, p, 2);
      wrapAlgorithm = arg('AlgorithmIdentifier', wrapAlgorithm, p, 3);
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
    });
  }

  unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm, extractable, keyUsages) {
    return method(this, () => {
      const p = prefix('unwrapKey');
      requiredArguments(arguments.length, 7, { prefix: p });
      format = arg('KeyFormat', format, p, 0);
      wrappedKey = bytesOf(arg('BufferSource', wrappedKey, p, 1));
      unwrappingKey = arg('CryptoKey', unwrappingKey, p, 2);
      unwrapAlgorithm = arg('AlgorithmIdentifier', unwrapAlgorithm, p, 3);
      unwrappedKeyAlgorithm = arg('AlgorithmIdentifier', unwrappedKeyAlgorithm, p, 4);
      extractable = arg('boolean', extractable, p, 5);
      keyUsages = arg('sequence<KeyUsage>', keyUsages, p, 6);
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
    });
  }

  getPublicKey(key, keyUsages) {
    return method(this, () => {
      const p = prefix('getPublicKey');
      requiredArguments(arguments.length, 2, { prefix: p });
      key = arg('CryptoKey', key, p, 0);
      keyUsages = arg('sequence<KeyUsage>', keyUsages, p, 1);
      algs.experimental('getPublicKey', 'method');
      const type = key[kKeyObject].type;
      if (type !== 'private') {
        throw dom('key must be a private key', type === 'secret' ? 'NotSupportedError' : 'InvalidAccessError');
      }
      const publicKey = require('internal/crypto_keys').createPublicKey(key[kKeyObject]);
      return family(key[kAlgorithm].name).importKey('KeyObject', publicKey, key[kAlgorithm], true, keyUsages);
    });
  }


  // Key encapsulation (ML-KEM) needs OpenSSL 3.5 in Node; with no algorithm registered for it
  // these reject with NotSupportedError after converting their arguments, as Node does there.
  encapsulateBits(encapsulationAlgorithm, encapsulationKey) {
    return kemMethod(this, 'encapsulateBits', arguments, ['AlgorithmIdentifier', 'CryptoKey']);
  }

  encapsulateKey(encapsulationAlgorithm, encapsulationKey, sharedKeyAlgorithm, extractable, keyUsages) {
    return kemMethod(this, 'encapsulateKey', arguments,
      ['AlgorithmIdentifier', 'CryptoKey', 'AlgorithmIdentifier', 'boolean', 'sequence<KeyUsage>']);
  }

  decapsulateBits(decapsulationAlgorithm, decapsulationKey, ciphertext) {
    return kemMethod(this, 'decapsulateBits', arguments, ['AlgorithmIdentifier', 'CryptoKey', 'BufferSource']);
  }

  decapsulateKey(decapsulationAlgorithm, decapsulationKey, ciphertext, sharedKeyAlgorithm, extractable, keyUsages) {
    return kemMethod(this, 'decapsulateKey', arguments, ['AlgorithmIdentifier', 'CryptoKey', 'BufferSource',
      'AlgorithmIdentifier', 'boolean', 'sequence<KeyUsage>']);
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

for (const name of Object.getOwnPropertyNames(SubtleCrypto.prototype)) {
  if (name !== 'constructor') Object.defineProperty(SubtleCrypto.prototype, name, { enumerable: true });
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
