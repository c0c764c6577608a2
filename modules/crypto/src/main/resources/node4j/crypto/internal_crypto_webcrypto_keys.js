'use strict';
// CryptoKey (a KeyObject plus the Web Crypto internal slots) and the checks every algorithm's
// key import shares: usages, JWK members (kty, use, key_ops, ext, alg), secret key bytes.
const { codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS } } = require('internal/errors');
const keys = require('internal/crypto_keys');

const kKeyObject = Symbol('kKeyObject');
const kAlgorithm = Symbol('kAlgorithm');
const kExtractable = Symbol('kExtractable');
const kUsages = Symbol('kUsages');
const kAlgorithmView = Symbol('kAlgorithmView');
const kUsagesView = Symbol('kUsagesView');

const dom = (message, name, cause) => new DOMException(message, cause === undefined ? name : { name, cause });

function own(key, what) {
  if (!isCryptoKey(key)) throw new ERR_INVALID_THIS('CryptoKey');
  return key[what];
}

/** A copy of an algorithm dictionary (public exponents and hashes are objects of their own). */
function cloneAlgorithm(a) {
  const out = { ...a };
  if (a.hash !== undefined) out.hash = { ...a.hash };
  if (a.publicExponent !== undefined) out.publicExponent = new Uint8Array(a.publicExponent);
  return out;
}

class CryptoKey {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get type() {
    return own(this, kKeyObject).type;
  }

  get extractable() {
    return own(this, kExtractable);
  }

  // The spec caches the JS objects: the same object each time, and changes to it stay on it
  // without touching the internal slot the operations use.
  get algorithm() {
    own(this, kAlgorithm);
    if (this[kAlgorithmView] === undefined) this[kAlgorithmView] = cloneAlgorithm(this[kAlgorithm]);
    return this[kAlgorithmView];
  }

  get usages() {
    own(this, kUsages);
    if (this[kUsagesView] === undefined) this[kUsagesView] = Array.from(this[kUsages]);
    return this[kUsagesView];
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `CryptoKey ${inspect({ type: this.type, extractable: this[kExtractable],
      algorithm: cloneAlgorithm(this[kAlgorithm]), usages: Array.from(this[kUsages]) }, opts)}`;
  }
}
for (const p of ['type', 'extractable', 'algorithm', 'usages']) {
  Object.defineProperty(CryptoKey.prototype, p, { enumerable: true });
}
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, { value: 'CryptoKey', configurable: true });

/** A real CryptoKey (not just an object inheriting from CryptoKey.prototype). */
function isCryptoKey(v) {
  return v instanceof CryptoKey && v[kKeyObject] !== undefined;
}

function createCryptoKey(keyObject, algorithm, extractable, usages) {
  const k = Object.create(CryptoKey.prototype);
  k[kKeyObject] = keyObject;
  k[kAlgorithm] = Object.freeze(cloneAlgorithm(algorithm));
  k[kExtractable] = extractable;
  k[kUsages] = Object.freeze(Array.from(usages));
  return k;
}

// ---- usages ---------------------------------------------------------------------------------

/** SyntaxError `message` when a usage is outside `allowed`. */
function checkUsages(usages, allowed, message) {
  for (const u of usages) if (!allowed.includes(u)) throw dom(message, 'SyntaxError');
}

/** The usages of `allowed` (in its order) that `usages` asks for. */
function usagesIn(usages, allowed) {
  return allowed.filter((u) => usages.includes(u));
}

// ---- JWK ------------------------------------------------------------------------------------

/**
 * The JWK checks the spec shares between algorithms: kty, use, key_ops and ext. Missing kty is
 * "Invalid keyData"; `use` and key_ops only constrain a non-empty usage list.
 */
function checkJwk(jwk, kty, use, extractable, usages) {
  if (jwk.kty === undefined) throw dom('Invalid keyData', 'DataError');
  if (jwk.kty !== kty) throw dom('Invalid JWK "kty" Parameter', 'DataError');
  if (usages.length > 0 && jwk.use !== undefined && jwk.use !== use) {
    throw dom('Invalid JWK "use" Parameter', 'DataError');
  }
  if (jwk.key_ops !== undefined) {
    const seen = new Set();
    for (const op of jwk.key_ops) {
      if (seen.has(op)) throw dom('Duplicate key operation', 'DataError');
      seen.add(op);
    }
    for (const u of usages) if (!seen.has(u)) throw dom('Key operations and usage mismatch', 'DataError');
  }
  if (jwk.ext === false && extractable) throw dom('JWK "ext" Parameter and extractable mismatch', 'DataError');
}

function algMismatch() {
  return dom('JWK "alg" does not match the requested algorithm', 'DataError');
}

/** The JWK members of an exported key: key_ops and ext first, then alg, then the key's own. */
function jwkOf(key, material, alg) {
  const out = { key_ops: Array.from(key[kUsages]), ext: key[kExtractable] };
  if (alg !== undefined) out.alg = alg;
  return Object.assign(out, material);
}

// ---- secret keys ----------------------------------------------------------------------------

/**
 * The bytes of a secret key being imported: `raw` formats take keyData (already bytes), 'jwk'
 * the decoded "k" after the shared JWK checks (use: 'enc' or 'sig'; undefined: no JWK form).
 */
function secretBytes(format, keyData, name, rawFormats, use, extractable, usages) {
  if (format === 'KeyObject') {
    if (keyData.type !== 'secret') throw dom('Invalid key type', 'DataError');
    return keyData.export();
  }
  if (rawFormats.includes(format)) return keyData;
  if (format !== 'jwk' || use === undefined) {
    throw dom(`Unable to import ${name} using ${format} format`, 'NotSupportedError');
  }
  checkJwk(keyData, 'oct', use, extractable, usages);
  if (keyData.k === undefined) {
    throw dom('Invalid keyData', 'DataError',
      Object.assign(new TypeError('Invalid JWK secret key format'), { code: 'ERR_CRYPTO_INVALID_JWK' }));
  }
  return Buffer.from(keyData.k, 'base64url');
}

/** A KeyObject from imported secret bytes (or the KeyObject toCryptoKey was called on). */
function secretKeyObject(format, keyData, bytes) {
  return format === 'KeyObject' ? keyData : keys.createSecretKey(bytes);
}

/** Secret key material for export in `format` (raw formats as ArrayBuffer, jwk as members). */
function exportSecret(key, format, rawFormats, alg) {
  const ko = key[kKeyObject];
  if (rawFormats.includes(format)) return toArrayBuffer(ko.export());
  if (format === 'jwk') return jwkOf(key, ko.export({ format: 'jwk' }), alg);
  return undefined;
}

function toArrayBuffer(buf) {
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
}

// ---- asymmetric keys ------------------------------------------------------------------------

/** A KeyObject from spki/pkcs8 DER, a converted JWK, or the KeyObject toCryptoKey was called on. */
function asymKeyObject(format, keyData) {
  if (format === 'KeyObject') {
    if (keyData.type === 'secret') throw dom('Invalid key type', 'DataError');
    return keyData;
  }
  try {
    if (format === 'spki') return keys.createPublicKey({ key: keyData, format: 'der', type: 'spki' });
    if (format === 'pkcs8') return keys.createPrivateKey({ key: keyData, format: 'der', type: 'pkcs8' });
    const create = keyData.d !== undefined ? keys.createPrivateKey : keys.createPublicKey;
    return create({ key: keyData, format: 'jwk' });
  } catch (e) {
    throw dom('Invalid keyData', 'DataError', e);
  }
}

/** Whether `format` (or the KeyObject's type) yields a private key. */
function importsPrivate(format, keyData) {
  if (format === 'pkcs8') return true;
  if (format === 'jwk') return keyData.d !== undefined;
  return format === 'KeyObject' && keyData.type === 'private';
}

/**
 * A generated key pair: usages are split between the halves; the private half must keep one.
 * roles: { public: [...], private: [...] } allowed usages of each half.
 */
function keyPair(publicKey, privateKey, algorithm, extractable, usages, roles) {
  const priv = usagesIn(usages, roles.private);
  if (priv.length === 0) throw dom('Usages cannot be empty when creating a key.', 'SyntaxError');
  return {
    __proto__: null,
    privateKey: createCryptoKey(privateKey, algorithm, extractable, priv),
    publicKey: createCryptoKey(publicKey, algorithm, true, usagesIn(usages, roles.public)),
  };
}

/** The first `length` bits of an agreed secret (all of it when length is null). */
function truncateBits(secret, length) {
  if (length === null) return toArrayBuffer(secret);
  if (length > secret.length * 8) throw dom('derived bit length is too small', 'OperationError');
  const out = Buffer.from(secret.subarray(0, Math.ceil(length / 8)));
  if (length % 8) out[out.length - 1] &= (0xff << (8 - (length % 8))) & 0xff;
  return toArrayBuffer(out);
}

function randomSecret(bytes) {
  return keys.createSecretKey(require('internal/crypto_random').randomBytes(bytes));
}

module.exports = {
  CryptoKey, isCryptoKey, createCryptoKey, kKeyObject, kAlgorithm, kExtractable, kUsages, dom, checkUsages, usagesIn,
  checkJwk, algMismatch, jwkOf, secretBytes, secretKeyObject, exportSecret, toArrayBuffer, randomSecret, asymKeyObject,
  importsPrivate, keyPair, truncateBits,
};
