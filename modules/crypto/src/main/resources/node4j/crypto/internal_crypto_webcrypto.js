'use strict';
// Web Crypto (Crypto, CryptoKey, SubtleCrypto) built on the node:crypto pieces of this module.
// Covered: digest, generateKey, importKey/exportKey (raw, spki, pkcs8, jwk), sign/verify, encrypt/
// decrypt and deriveBits/deriveKey for HMAC, AES-GCM/CBC/CTR, ECDSA, ECDH, Ed25519, X25519,
// RSASSA-PKCS1-v1_5, RSA-PSS, RSA-OAEP, PBKDF2, HKDF. wrapKey/unwrapKey and AES-KW are absent.
const { codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS, ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { binding, fromLatin1 } = require('internal/crypto_util');
const hashMod = require('internal/crypto_hash');
const random = require('internal/crypto_random');
const kdf = require('internal/crypto_kdf');
const cipher = require('internal/crypto_cipher');
const keys = require('internal/crypto_keys');
const sig = require('internal/crypto_sig');

const asym = binding.asym();
const kToken = Symbol('kToken');
const kKeyObject = Symbol('kKeyObject');
const kAlgorithm = Symbol('kAlgorithm');
const kExtractable = Symbol('kExtractable');
const kUsages = Symbol('kUsages');

const dom = (name, message) => new DOMException(message, name);

class CryptoKey {
  constructor(token) {
    if (token !== kToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
  get type() { return this[kKeyObject].type; }
  get extractable() { return this[kExtractable]; }
  get algorithm() { return this[kAlgorithm]; }
  get usages() { return Array.from(this[kUsages]); }
}
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, { value: 'CryptoKey', configurable: true });

function makeKey(keyObject, algorithm, extractable, usages) {
  const k = new CryptoKey(kToken);
  k[kKeyObject] = keyObject;
  k[kAlgorithm] = algorithm;
  k[kExtractable] = extractable;
  k[kUsages] = usages;
  return k;
}

const HASHES = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512',
  'SHA3-256': 'sha3-256', 'SHA3-384': 'sha3-384', 'SHA3-512': 'sha3-512' };
const XOFS = { cSHAKE128: 'shake128', cSHAKE256: 'shake256' };
const NAMES = ['HMAC', 'AES-GCM', 'AES-CBC', 'AES-CTR', 'ECDSA', 'ECDH', 'Ed25519', 'X25519', 'RSASSA-PKCS1-v1_5',
  'RSA-PSS', 'RSA-OAEP', 'PBKDF2', 'HKDF', ...Object.keys(HASHES), ...Object.keys(XOFS)];

function normalize(alg) {
  if (typeof alg === 'string') alg = { name: alg };
  if (alg === null || typeof alg !== 'object' || typeof alg.name !== 'string') {
    throw new TypeError('Algorithm must be a string or an object with a name');
  }
  const name = NAMES.find((n) => n.toLowerCase() === alg.name.toLowerCase());
  if (name === undefined) throw dom('NotSupportedError', 'Unrecognized algorithm name');
  const out = { ...alg, name };
  if (alg.hash !== undefined) out.hash = normalize(alg.hash);
  return out;
}

function hashName(h) {
  const n = HASHES[h.name];
  if (n === undefined) throw dom('NotSupportedError', 'Unrecognized hash algorithm');
  return n;
}

function bufferSource(data, name = 'data') {
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  throw new TypeError(`Failed to execute: parameter "${name}" is not of type BufferSource`);
}

function toAB(buf) {
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
}

function checkUsage(key, usage) {
  if (!(key instanceof CryptoKey)) throw new TypeError('key must be a CryptoKey');
  if (!key[kUsages].includes(usage)) {
    throw dom('InvalidAccessError', `The requested operation is not valid for the provided key`);
  }
}

// ---- key generation -------------------------------------------------------------------------

const EC_CURVES = { 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1' };

function generateKeyImpl(alg, extractable, usages) {
  switch (alg.name) {
    case 'HMAC': {
      const h = hashName(alg.hash);
      const length = alg.length || (h === 'sha384' || h === 'sha512' ? 1024 : 512);
      const ko = keys.createSecretKey(random.randomBytes(length / 8));
      return makeKey(ko, { name: 'HMAC', length, hash: { name: alg.hash.name } }, extractable, usages);
    }
    case 'AES-GCM': case 'AES-CBC': case 'AES-CTR': {
      if (![128, 192, 256].includes(alg.length)) throw dom('OperationError', 'Invalid key length');
      const ko = keys.createSecretKey(random.randomBytes(alg.length / 8));
      return makeKey(ko, { name: alg.name, length: alg.length }, extractable, usages);
    }
    default: {
      let type; let opts = {};
      let algorithm = { name: alg.name };
      if (alg.name === 'ECDSA' || alg.name === 'ECDH') {
        if (!EC_CURVES[alg.namedCurve]) throw dom('NotSupportedError', 'Unrecognized namedCurve');
        type = 'ec'; opts = { namedCurve: alg.namedCurve }; algorithm.namedCurve = alg.namedCurve;
      } else if (alg.name === 'Ed25519' || alg.name === 'X25519') {
        type = alg.name.toLowerCase();
      } else if (alg.name.startsWith('RSA')) {
        const e = Buffer.from(alg.publicExponent).reduce((a, b) => a * 256 + b, 0);
        type = 'rsa'; opts = { modulusLength: alg.modulusLength, publicExponent: e };
        algorithm = { name: alg.name, modulusLength: alg.modulusLength,
          publicExponent: new Uint8Array(alg.publicExponent), hash: { name: alg.hash.name } };
      } else {
        throw dom('NotSupportedError', 'Unrecognized algorithm name');
      }
      const { publicKey, privateKey } = require('internal/crypto_keygen').generateKeyPairSync(type, opts);
      const pubUses = usages.filter((u) => u === 'verify' || u === 'encrypt' || u === 'wrapKey');
      const privUses = usages.filter((u) => !pubUses.includes(u));
      return {
        publicKey: makeKey(publicKey, algorithm, true, pubUses),
        privateKey: makeKey(privateKey, algorithm, extractable, privUses),
      };
    }
  }
}

// ---- import / export ------------------------------------------------------------------------

function importKeyImpl(format, keyData, alg, extractable, usages) {
  switch (alg.name) {
    case 'HMAC': case 'AES-GCM': case 'AES-CBC': case 'AES-CTR': case 'PBKDF2': case 'HKDF': {
      let raw;
      if (format === 'raw') raw = bufferSource(keyData, 'keyData');
      else if (format === 'jwk') raw = Buffer.from(keyData.k, 'base64url');
      else throw dom('NotSupportedError', `Unable to import ${alg.name} key with format ${format}`);
      if ((alg.name === 'PBKDF2' || alg.name === 'HKDF') && extractable) {
        throw dom('SyntaxError', `${alg.name} keys are not extractable`);
      }
      const ko = keys.createSecretKey(raw);
      let algorithm = { name: alg.name };
      if (alg.name === 'HMAC') algorithm = { name: 'HMAC', length: raw.length * 8, hash: { name: alg.hash.name } };
      else if (alg.name.startsWith('AES')) {
        if (![16, 24, 32].includes(raw.length)) throw dom('DataError', 'Invalid key length');
        algorithm = { name: alg.name, length: raw.length * 8 };
      }
      return makeKey(ko, algorithm, extractable, usages);
    }
    default: {
      let ko;
      try {
        if (format === 'spki') ko = keys.createPublicKey({ key: bufferSource(keyData), format: 'der', type: 'spki' });
        else if (format === 'pkcs8') ko = keys.createPrivateKey({ key: bufferSource(keyData), format: 'der', type: 'pkcs8' });
        else if (format === 'jwk') {
          ko = keyData.d !== undefined ? keys.createPrivateKey({ key: keyData, format: 'jwk' })
            : keys.createPublicKey({ key: keyData, format: 'jwk' });
        } else if (format === 'raw') {
          const raw = bufferSource(keyData);
          if (alg.name === 'ECDSA' || alg.name === 'ECDH') {
            const u8 = new Uint8Array(raw);
            const k = asym.fromEcPoint(EC_CURVES[alg.namedCurve], u8.buffer, 0, u8.byteLength);
            if (k === null) throw dom('DataError', 'Invalid keyData');
            ko = keys.wrapAsym(k);
          } else {
            const prefix = alg.name === 'Ed25519' ? '302a300506032b6570032100' : '302a300506032b656e032100';
            ko = keys.createPublicKey({ key: Buffer.concat([Buffer.from(prefix, 'hex'), raw]), format: 'der',
              type: 'spki' });
          }
        } else {
          throw dom('NotSupportedError', `Unsupported format ${format}`);
        }
      } catch (e) {
        if (e instanceof DOMException) throw e;
        throw dom('DataError', 'Invalid keyData');
      }
      const algorithm = { name: alg.name };
      if (alg.namedCurve) algorithm.namedCurve = alg.namedCurve;
      if (alg.name.startsWith('RSA')) {
        const d = ko.asymmetricKeyDetails;
        algorithm.modulusLength = d.modulusLength;
        algorithm.publicExponent = new Uint8Array(Buffer.from(d.publicExponent.toString(16).padStart(6, '0'), 'hex'));
        algorithm.hash = { name: alg.hash.name };
      }
      return makeKey(ko, algorithm, extractable, usages);
    }
  }
}

const JWK_ALG = { HMAC: { 'SHA-1': 'HS1', 'SHA-256': 'HS256', 'SHA-384': 'HS384', 'SHA-512': 'HS512' } };

function exportKeyImpl(format, key) {
  if (!(key instanceof CryptoKey)) throw new TypeError('key must be a CryptoKey');
  if (!key[kExtractable]) throw dom('InvalidAccessError', 'key is not extractable');
  const ko = key[kKeyObject];
  const alg = key[kAlgorithm];
  if (ko.type === 'secret') {
    if (format === 'raw') return toAB(ko.export());
    if (format === 'jwk') {
      const jwk = { key_ops: key.usages, ext: true, ...ko.export({ format: 'jwk' }) };
      if (alg.name === 'HMAC') jwk.alg = JWK_ALG.HMAC[alg.hash.name];
      else if (alg.name.startsWith('AES')) jwk.alg = `A${alg.length}${alg.name.slice(4)}`;
      return jwk;
    }
    throw dom('NotSupportedError', `Unable to export a raw ${alg.name} key`);
  }
  switch (format) {
    case 'spki':
      if (ko.type !== 'public') throw dom('InvalidAccessError', 'Unable to export a private key as spki');
      return toAB(ko.export({ format: 'der', type: 'spki' }));
    case 'pkcs8':
      if (ko.type !== 'private') throw dom('InvalidAccessError', 'Unable to export a public key as pkcs8');
      return toAB(ko.export({ format: 'der', type: 'pkcs8' }));
    case 'jwk':
      return { key_ops: key.usages, ext: true, ...ko.export({ format: 'jwk' }) };
    case 'raw':
      if (ko.type !== 'public') throw dom('NotSupportedError', 'Unable to export a private key as raw');
      return toAB(fromLatin1(asym.rawPublic(ko[keys.kHandle].key)));
    default:
      throw dom('NotSupportedError', `Unsupported format ${format}`);
  }
}

// ---- operations -----------------------------------------------------------------------------

function signImpl(alg, key, data, signature) {
  checkUsage(key, signature === undefined ? 'sign' : 'verify');
  const ko = key[kKeyObject];
  const verifying = signature !== undefined;
  switch (alg.name) {
    case 'HMAC': {
      const mac = hashMod.Hmac(hashName(key[kAlgorithm].hash), ko).update(data).digest();
      if (!verifying) return toAB(mac);
      return signature.length === mac.length && random.timingSafeEqual(mac, signature);
    }
    case 'ECDSA': {
      const opts = { key: ko, dsaEncoding: 'ieee-p1363' };
      const h = hashName(alg.hash);
      return verifying ? sig.verify(h, data, opts, signature) : toAB(sig.sign(h, data, opts));
    }
    case 'Ed25519':
      return verifying ? sig.verify(null, data, ko, signature) : toAB(sig.sign(null, data, ko));
    case 'RSASSA-PKCS1-v1_5': case 'RSA-PSS': {
      const opts = { key: ko };
      if (alg.name === 'RSA-PSS') { opts.padding = 6; opts.saltLength = alg.saltLength; }
      const h = hashName(key[kAlgorithm].hash);
      return verifying ? sig.verify(h, data, opts, signature) : toAB(sig.sign(h, data, opts));
    }
    default:
      throw dom('NotSupportedError', 'Unrecognized algorithm name');
  }
}

function cryptImpl(encrypt, alg, key, data) {
  checkUsage(key, encrypt ? 'encrypt' : 'decrypt');
  const ko = key[kKeyObject];
  const bits = key[kAlgorithm].length;
  try {
    switch (alg.name) {
      case 'AES-GCM': {
        const tagLen = (alg.tagLength || 128) / 8;
        const iv = bufferSource(alg.iv, 'iv');
        const name = `aes-${bits}-gcm`;
        if (encrypt) {
          const c = cipher.createCipheriv(name, ko, iv, { authTagLength: tagLen });
          if (alg.additionalData) c.setAAD(bufferSource(alg.additionalData));
          return toAB(Buffer.concat([c.update(data), c.final(), c.getAuthTag()]));
        }
        const d = cipher.createDecipheriv(name, ko, iv, { authTagLength: tagLen });
        if (alg.additionalData) d.setAAD(bufferSource(alg.additionalData));
        d.setAuthTag(data.subarray(data.length - tagLen));
        return toAB(Buffer.concat([d.update(data.subarray(0, data.length - tagLen)), d.final()]));
      }
      case 'AES-CBC': case 'AES-CTR': {
        const mode = alg.name.slice(4).toLowerCase();
        const iv = bufferSource(mode === 'cbc' ? alg.iv : alg.counter, 'iv');
        const make = encrypt ? cipher.createCipheriv : cipher.createDecipheriv;
        const c = make(`aes-${bits}-${mode}`, ko, iv);
        return toAB(Buffer.concat([c.update(data), c.final()]));
      }
      case 'RSA-OAEP': {
        const opts = { key: ko, padding: 4, oaepHash: hashName(key[kAlgorithm].hash) };
        if (alg.label) opts.oaepLabel = bufferSource(alg.label);
        return toAB(encrypt ? sig.publicEncrypt(opts, data) : sig.privateDecrypt(opts, data));
      }
      default:
        throw dom('NotSupportedError', 'Unrecognized algorithm name');
    }
  } catch (e) {
    if (e instanceof DOMException) throw e;
    throw dom('OperationError', 'The operation failed for an operation-specific reason');
  }
}

function deriveBitsImpl(alg, key, length) {
  checkUsage(key, 'deriveBits');
  const ko = key[kKeyObject];
  switch (alg.name) {
    case 'PBKDF2':
      return toAB(kdf.pbkdf2Sync(ko.export(), bufferSource(alg.salt), alg.iterations, length / 8, hashName(alg.hash)));
    case 'HKDF':
      return kdf.hkdfSync(hashName(alg.hash), ko.export(), bufferSource(alg.salt), bufferSource(alg.info), length / 8);
    case 'ECDH': case 'X25519': {
      const secret = sig.diffieHellman({ privateKey: ko, publicKey: alg.public[kKeyObject] });
      if (length == null) return toAB(secret);
      if (length > secret.length * 8) throw dom('OperationError', 'derived bit length is too large');
      return toAB(secret.subarray(0, Math.ceil(length / 8)));
    }
    default:
      throw dom('NotSupportedError', 'Unrecognized algorithm name');
  }
}

// ---- SubtleCrypto ---------------------------------------------------------------------------

/** Runs fn as an async operation: sync throws become rejections, as Web Crypto requires. */
function op(fn) {
  return new Promise((resolve) => resolve(fn()));
}

class SubtleCrypto {
  constructor(token) {
    if (token !== kToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  digest(algorithm, data) {
    return op(() => {
      const alg = normalize(algorithm);
      if (XOFS[alg.name] !== undefined) {
        // cSHAKE without function name or customization is SHAKE; length is in bits.
        if (!Number.isInteger(alg.length) || alg.length % 8 !== 0) throw dom('OperationError', 'Invalid length');
        if ((alg.functionName && alg.functionName.byteLength) || (alg.customization && alg.customization.byteLength)) {
          throw dom('NotSupportedError', 'cSHAKE customization is not supported by node4j');
        }
        if (alg.length === 0) return new ArrayBuffer(0);
        return toAB(hashMod.Hash(XOFS[alg.name], { outputLength: alg.length / 8 }).update(bufferSource(data)).digest());
      }
      return toAB(hashMod.Hash(hashName(alg)).update(bufferSource(data)).digest());
    });
  }

  generateKey(algorithm, extractable, keyUsages) {
    return op(() => generateKeyImpl(normalize(algorithm), !!extractable, Array.from(keyUsages)));
  }

  importKey(format, keyData, algorithm, extractable, keyUsages) {
    return op(() => importKeyImpl(format, keyData, normalize(algorithm), !!extractable, Array.from(keyUsages)));
  }

  exportKey(format, key) {
    return op(() => exportKeyImpl(format, key));
  }

  sign(algorithm, key, data) {
    return op(() => signImpl(normalize(algorithm), key, bufferSource(data)));
  }

  verify(algorithm, key, signature, data) {
    return op(() => signImpl(normalize(algorithm), key, bufferSource(data), bufferSource(signature, 'signature')));
  }

  encrypt(algorithm, key, data) {
    return op(() => cryptImpl(true, normalize(algorithm), key, bufferSource(data)));
  }

  decrypt(algorithm, key, data) {
    return op(() => cryptImpl(false, normalize(algorithm), key, bufferSource(data)));
  }

  deriveBits(algorithm, baseKey, length) {
    return op(() => deriveBitsImpl(normalize(algorithm), baseKey, length));
  }

  deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages) {
    return op(() => {
      const target = normalize(derivedKeyAlgorithm);
      const length = target.length || (target.name === 'HMAC' ? 512 : undefined);
      const save = baseKey[kUsages];
      if (!save.includes('deriveKey')) checkUsage(baseKey, 'deriveKey');
      baseKey[kUsages] = [...save, 'deriveBits'];
      let bits;
      try { bits = deriveBitsImpl(normalize(algorithm), baseKey, length); } finally { baseKey[kUsages] = save; }
      return importKeyImpl('raw', bits, target, !!extractable, Array.from(keyUsages));
    });
  }
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: 'SubtleCrypto', configurable: true });

const subtle = new SubtleCrypto(kToken);

class Crypto {
  constructor(token) {
    if (token !== kToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get subtle() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return random.getRandomValues(array);
  }

  randomUUID() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return random.randomUUID();
  }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });

const webcrypto = new Crypto(kToken);

/** KeyObject.from(cryptoKey). */
function keyObjectFrom(key) {
  if (!(key instanceof CryptoKey)) throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
  return key[kKeyObject];
}

module.exports = { Crypto, CryptoKey, SubtleCrypto, webcrypto, subtle, keyObjectFrom };
