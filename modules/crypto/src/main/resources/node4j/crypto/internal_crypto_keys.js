'use strict';
// KeyObject: secret keys (createSecretKey, generateKey(Sync) hmac/aes) and asymmetric keys held
// as Java AsymKey handles (createPublicKey/createPrivateKey, generateKeyPair(Sync), export).
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE } } = require('internal/errors');
const { validateObject, validateString, validateFunction, validateInteger } = require('internal/validators');
const { nextTick } = require('internal/core');
const { binding, fromLatin1, cryptoError } = require('internal/crypto_util');
const asym = binding.asym();

const kHandle = Symbol('kHandle');
const kType = Symbol('kType');
const kInternal = Symbol('kInternal');

class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
      throw new ERR_INVALID_ARG_VALUE('type', type);
    }
    if (handle == null || handle[kInternal] !== true) {
      throw new ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    }
    this[kType] = type;
    this[kHandle] = handle;
  }

  get type() {
    return this[kType];
  }

  equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject)) {
      throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    if (otherKeyObject.type !== this.type) return false;
    if (this.type !== 'secret') return this[kHandle].key.sameAs(otherKeyObject[kHandle].key);
    const a = this[kHandle].bytes;
    const b = otherKeyObject[kHandle].bytes;
    if (a.length !== b.length) return false;
    let diff = 0;
    for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
    return diff === 0;
  }
}

Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, { value: 'KeyObject', configurable: true });

class SecretKeyObject extends KeyObject {
  constructor(handle) {
    super('secret', handle);
  }

  get symmetricKeySize() {
    return this[kHandle].bytes.length;
  }

  get asymmetricKeyType() {
    return undefined;
  }

  export(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
      if (options.format === 'jwk') return { kty: 'oct', k: Buffer.from(this[kHandle].bytes).toString('base64url') };
      if (options.format !== undefined && options.format !== 'buffer') {
        throw new ERR_INVALID_ARG_VALUE('options.format', options.format, "must be one of: 'buffer', 'jwk'");
      }
    }
    return Buffer.from(this[kHandle].bytes);
  }
}

function secretKeyFromBytes(u8) {
  return new SecretKeyObject({ [kInternal]: true, bytes: Buffer.from(u8) });
}

function createSecretKey(key, encoding) {
  let u8;
  if (typeof key === 'string') u8 = Buffer.from(key, encoding);
  else if (ArrayBuffer.isView(key)) u8 = new Uint8Array(key.buffer, key.byteOffset, key.byteLength);
  else if (key instanceof ArrayBuffer) u8 = new Uint8Array(key);
  else throw new ERR_INVALID_ARG_TYPE('key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'string'], key);
  return secretKeyFromBytes(u8);
}

function secretLength(type, options) {
  validateString(type, 'type');
  validateObject(options, 'options');
  const { length } = options;
  if (type === 'hmac') {
    validateInteger(length, 'options.length', 8, 2 ** 31 - 1);
  } else if (type === 'aes') {
    if (length !== 128 && length !== 192 && length !== 256) {
      throw new ERR_INVALID_ARG_VALUE('options.length', length, 'must be one of: 128, 192, 256');
    }
  } else {
    throw new ERR_INVALID_ARG_VALUE('type', type, "must be a supported key type");
  }
  return Math.floor(length / 8);
}

function generateKeySync(type, options) {
  const n = secretLength(type, options);
  return secretKeyFromBytes(fromLatin1(binding.randomBytes(n)));
}

function generateKey(type, options, callback) {
  const n = secretLength(type, options);
  validateFunction(callback, 'callback');
  const key = secretKeyFromBytes(fromLatin1(binding.randomBytes(n)));
  nextTick(callback, null, key);
}


// ---- asymmetric keys ------------------------------------------------------------------------

class AsymmetricKeyObject extends KeyObject {
  get asymmetricKeyType() {
    return this[kHandle].key.getType();
  }

  get asymmetricKeyDetails() {
    const k = this[kHandle].key;
    switch (k.getType()) {
      case 'rsa':
        return { modulusLength: k.modulusLength(), publicExponent: BigInt(k.publicExponent()) };
      case 'rsa-pss': {
        const out = { modulusLength: k.modulusLength(), publicExponent: BigInt(k.publicExponent()) };
        const p = k.pssParams();
        if (p !== null) {
          out.hashAlgorithm = p[0];
          out.mgf1HashAlgorithm = p[1];
          out.saltLength = Number(p[2]);
        }
        return out;
      }
      case 'dsa':
        return { modulusLength: k.modulusLength(), divisorLength: k.divisorLength() };
      case 'ec':
        return { namedCurve: k.namedCurve() };
      default:
        return {};
    }
  }

  export(options) {
    const priv = this.type === 'private';
    validateObject(options, 'options');
    const { format = 'pem' } = options;
    const k = this[kHandle].key;
    const kt = k.getType();
    if (format === 'jwk') {
      if (options.passphrase !== undefined) {
        throw cryptoError(Error, 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS',
          'The selected key encoding jwk does not support encryption.');
      }
      if (kt !== 'rsa' && kt !== 'ec' && !/^(ed|x)(25519|448)$/.test(kt)) {
        throw cryptoError(Error, 'ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE', 'Unsupported JWK Key Type.');
      }
      const pairs = asym.exportJwk(k, priv);
      const out = {};
      for (let i = 0; i < pairs.length; i += 2) out[pairs[i]] = pairs[i + 1];
      return out;
    }
    if (format !== 'pem' && format !== 'der') {
      throw new ERR_INVALID_ARG_VALUE('options.format', format, "must be one of: 'pem', 'der', 'jwk'");
    }
    const { type } = options;
    const allowed = priv ? ['pkcs1', 'pkcs8', 'sec1'] : ['pkcs1', 'spki'];
    if (!allowed.includes(type)) {
      throw new ERR_INVALID_ARG_VALUE('options.type', type,
        `must be one of: ${allowed.map((t) => `'${t}'`).join(', ')}`);
    }
    if (type === 'pkcs1' && kt !== 'rsa') {
      throw cryptoError(Error, 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS',
        'The selected key encoding pkcs1 can only be used for RSA keys.');
    }
    if (type === 'sec1' && kt !== 'ec') {
      throw cryptoError(Error, 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS',
        'The selected key encoding sec1 can only be used for EC keys.');
    }
    let cipher = null;
    let pass = null;
    if (priv && options.cipher !== undefined) {
      validateString(options.cipher, 'options.cipher');
      cipher = options.cipher;
      if (type !== 'pkcs8' && format === 'der') {
        throw cryptoError(Error, 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS',
          `The selected key encoding ${type} does not support encryption.`);
      }
      pass = passBytes(options.passphrase, 'options.passphrase');
      if (pass === null) throw new ERR_INVALID_ARG_TYPE('options.passphrase', ['string', 'Buffer'], undefined);
    }
    const p = pass || new Uint8Array(0);
    if (format === 'pem') return asym.exportPem(k, type, priv, cipher, p.buffer, p.byteOffset, p.byteLength);
    return fromLatin1(asym.exportDer(k, type, priv, cipher, p.buffer, p.byteOffset, p.byteLength));
  }
}

class PublicKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('public', handle);
  }
}

class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('private', handle);
  }
}

function wrapAsym(key) {
  const h = { [kInternal]: true, key };
  return key.isPrivate() ? new PrivateKeyObject(h) : new PublicKeyObject(h);
}

function passBytes(p, name) {
  if (p === undefined || p === null) return null;
  if (typeof p === 'string') return Buffer.from(p, 'utf8');
  if (ArrayBuffer.isView(p)) return new Uint8Array(p.buffer, p.byteOffset, p.byteLength);
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], p);
}

/**
 * The Java key for a key argument (KeyObject, PEM string/Buffer, or {key, format, type,
 * passphrase, encoding}); wantPrivate false yields the public half of private input.
 */
function asymKeyOf(input, wantPrivate, name = 'key') {
  if (input instanceof KeyObject) {
    if (input.type === 'secret') {
      throw cryptoError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
        `Invalid key object type secret, expected ${wantPrivate ? 'private' : 'private or public'}.`);
    }
    if (wantPrivate && input.type !== 'private') {
      throw cryptoError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
        `Invalid key object type ${input.type}, expected private.`);
    }
    return input[kHandle].key;
  }
  if (typeof input === 'string' || ArrayBuffer.isView(input) || input instanceof ArrayBuffer) {
    return parseKey(input, {}, wantPrivate);
  }
  if (input !== null && typeof input === 'object') {
    // A CryptoKey stands for its KeyObject (Web Crypto is loaded if one exists).
    if (input.constructor?.name === 'CryptoKey') {
      const { isCryptoKey, kKeyObject } = require('internal/crypto_webcrypto_keys');
      if (isCryptoKey(input)) return asymKeyOf(input[kKeyObject], wantPrivate, name);
    }
    if (input.key instanceof KeyObject) return asymKeyOf(input.key, wantPrivate, name);
    if (input.key !== undefined && typeof input.key.type === 'string' && typeof input.key.algorithm === 'object') {
      throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView',
        'KeyObject'], input.key);
    }
    return parseKey(input.key, input, wantPrivate);
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject',
    'CryptoKey'], input);
}

function parseKey(key, opts, wantPrivate) {
  const format = opts.format || 'pem';
  const pass = passBytes(opts.passphrase, 'options.passphrase');
  const p = pass || new Uint8Array(0);
  if (format === 'jwk') {
    validateObject(key, 'key.key');
    return asym.fromJwk(key, wantPrivate);
  }
  if (format === 'pem') {
    let pem;
    if (typeof key === 'string') pem = opts.encoding && opts.encoding !== 'utf8' && opts.encoding !== 'buffer'
      ? Buffer.from(key, opts.encoding).toString('utf8') : key;
    else if (ArrayBuffer.isView(key)) pem = Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString('utf8');
    else if (key instanceof ArrayBuffer) pem = Buffer.from(key).toString('utf8');
    else {
      throw new ERR_INVALID_ARG_TYPE('key.key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
    }
    return asym.fromPem(pem, pass === null ? null : p.buffer, p.byteOffset, p.byteLength, wantPrivate);
  }
  if (format === 'der') {
    let u8;
    if (typeof key === 'string') u8 = Buffer.from(key, opts.encoding || 'utf8');
    else if (ArrayBuffer.isView(key)) u8 = new Uint8Array(key.buffer, key.byteOffset, key.byteLength);
    else if (key instanceof ArrayBuffer) u8 = new Uint8Array(key);
    else {
      throw new ERR_INVALID_ARG_TYPE('key.key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
    }
    const type = opts.type;
    const allowed = wantPrivate ? ['pkcs1', 'pkcs8', 'sec1'] : ['pkcs1', 'spki', 'pkcs8', 'sec1'];
    if (!allowed.includes(type)) {
      throw new ERR_INVALID_ARG_VALUE('key.type', type, `must be one of: ${allowed.map((t) => `'${t}'`).join(', ')}`);
    }
    return asym.fromDer(u8.buffer, u8.byteOffset, u8.byteLength, type, wantPrivate,
      pass === null ? null : p.buffer, p.byteOffset, p.byteLength);
  }
  throw new ERR_INVALID_ARG_VALUE('key.format', format, "must be one of: 'pem', 'der', 'jwk'");
}

function createPrivateKey(key) {
  if (key instanceof KeyObject) {
    throw new ERR_INVALID_ARG_TYPE('key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  }
  return wrapAsym(asymKeyOf(key, true));
}

function createPublicKey(key) {
  if (key instanceof KeyObject) {
    if (key.type !== 'private') {
      throw cryptoError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
        `Invalid key object type ${key.type}, expected private.`);
    }
    return wrapAsym(asym.publicOf(key[kHandle].key));
  }
  return wrapAsym(asym.publicOf(asymKeyOf(key, false)));
}

function getCurves() {
  return Array.from(asym.curves());
}

void ERR_OUT_OF_RANGE;

// KeyObject.from(cryptoKey) and keyObject.toCryptoKey(algorithm, extractable, keyUsages) (on
// SecretKeyObject and AsymmetricKeyObject, as in Node): Web Crypto loads when they are called.
const webcrypto = () => require('internal/crypto_webcrypto');
Object.defineProperty(KeyObject, 'from', { value: function from(key) { return webcrypto().keyObjectFrom(key); },
  writable: true, configurable: true });
for (const proto of [SecretKeyObject.prototype, Object.getPrototypeOf(PublicKeyObject.prototype)]) {
  Object.defineProperty(proto, 'toCryptoKey', {
    value: function toCryptoKey(algorithm, extractable, keyUsages) {
      return webcrypto().toCryptoKey(this, algorithm, extractable, keyUsages);
    },
    writable: true, configurable: true,
  });
}

module.exports = {
  KeyObject, SecretKeyObject, PublicKeyObject, PrivateKeyObject, createSecretKey, createPublicKey, createPrivateKey,
  generateKey, generateKeySync, getCurves, asymKeyOf, wrapAsym, kHandle,
};
