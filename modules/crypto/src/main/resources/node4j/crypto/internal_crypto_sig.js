'use strict';
// Signatures (Sign/Verify, sign/verify), RSA public-key encryption, diffieHellman and ECDH, over
// the Java AsymBinding (Bouncy Castle lightweight signers and engines).
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { validateString, validateFunction, validateObject } = require('internal/validators');
const { nextTick } = require('internal/core');
const { binding, cryptoError, errors, toBytes, encodeOutput, fromLatin1 } = require('internal/crypto_util');
const { LazyTransform } = require('internal/crypto_lazy_transform');
const { KeyObject, asymKeyOf, kHandle } = require('internal/crypto_keys');

const asym = binding.asym();
const kChunks = Symbol('kChunks');
const kDigest = Symbol('kDigest');

function digestOf(algorithm) {
  if (algorithm === null || algorithm === undefined) return null;
  validateString(algorithm, 'algorithm');
  const name = binding.digestName(algorithm);
  if (name == null) throw errors.invalidDigest(algorithm);
  return name;
}

/** Padding, salt length and DSA encoding from a key options object. */
function sigOptions(key) {
  let padding = 1;
  let saltLen = -2;
  let p1363 = false;
  if (key !== null && typeof key === 'object' && !(key instanceof KeyObject) && !ArrayBuffer.isView(key)) {
    if (key.padding !== undefined) {
      if (!Number.isInteger(key.padding) || key.padding !== (key.padding | 0)) {
        throw new ERR_INVALID_ARG_VALUE('options.padding', key.padding);
      }
      padding = key.padding;
    }
    if (key.saltLength !== undefined) {
      if (!Number.isInteger(key.saltLength) || key.saltLength !== (key.saltLength | 0)) {
        throw new ERR_INVALID_ARG_VALUE('options.saltLength', key.saltLength);
      }
      saltLen = key.saltLength;
    }
    if (key.dsaEncoding !== undefined) {
      if (key.dsaEncoding !== 'der' && key.dsaEncoding !== 'ieee-p1363') {
        throw new ERR_INVALID_ARG_VALUE('options.dsaEncoding', key.dsaEncoding);
      }
      p1363 = key.dsaEncoding === 'ieee-p1363';
    }
  }
  return { padding, saltLen, p1363 };
}

function dataBytes(data, name = 'data') {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], data);
}

function doSign(digest, u8, key) {
  const k = asymKeyOf(key, true);
  const { padding, saltLen, p1363 } = sigOptions(key);
  const t = k.getType();
  if ((t === 'ed25519' || t === 'ed448') && digest !== null) {
    throw cryptoError(Error, 'ERR_OSSL_EVP_INVALID_DIGEST', 'error:1C8000AE:Provider routines::invalid digest');
  }
  return fromLatin1(asym.sign(k, digest, u8.buffer, u8.byteOffset, u8.byteLength, padding, saltLen, p1363));
}

function doVerify(digest, u8, key, sig) {
  const k = asymKeyOf(key, false);
  const { padding, saltLen, p1363 } = sigOptions(key);
  const t = k.getType();
  if ((t === 'ed25519' || t === 'ed448') && digest !== null) {
    throw cryptoError(Error, 'ERR_OSSL_EVP_INVALID_DIGEST', 'error:1C8000AE:Provider routines::invalid digest');
  }
  return asym.verify(k, digest, u8.buffer, u8.byteOffset, u8.byteLength, sig.buffer, sig.byteOffset,
    sig.byteLength, padding, saltLen, p1363);
}

// ---- Sign / Verify streams ------------------------------------------------------------------

function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  validateString(algorithm, 'algorithm');
  this[kDigest] = digestOf(algorithm);
  this[kChunks] = [];
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Sign.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Sign, LazyTransform);

Sign.prototype.update = function update(data, encoding) {
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  this[kChunks].push(Buffer.from(toBytes(data, 'data', encoding)));
  return this;
};

Sign.prototype._write = function _write(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};

Sign.prototype.sign = function sign(privateKey, outputEncoding) {
  if (privateKey == null) throw cryptoError(Error, 'ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign');
  const data = Buffer.concat(this[kChunks]);
  const sig = doSign(this[kDigest], data, privateKey);
  return outputEncoding === undefined || outputEncoding === 'buffer' ? sig : sig.toString(outputEncoding);
};

function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  validateString(algorithm, 'algorithm');
  this[kDigest] = digestOf(algorithm);
  this[kChunks] = [];
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Verify.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Verify, LazyTransform);
Verify.prototype.update = Sign.prototype.update;
Verify.prototype._write = Sign.prototype._write;

Verify.prototype.verify = function verify(object, signature, sigEncoding) {
  const sig = toBytes(signature, 'signature', sigEncoding);
  return doVerify(this[kDigest], Buffer.concat(this[kChunks]), object, sig);
};

function createSign(algorithm, options) {
  return new Sign(algorithm, options);
}

function createVerify(algorithm, options) {
  return new Verify(algorithm, options);
}

// ---- one-shot sign / verify -----------------------------------------------------------------

function signOneShot(algorithm, data, key, callback) {
  const digest = digestOf(algorithm);
  const u8 = dataBytes(data);
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (callback === undefined) return doSign(digest, u8, key);
  let sig;
  try { sig = doSign(digest, u8, key); } catch (e) { nextTick(callback, e); return; }
  nextTick(callback, null, sig);
}

function verifyOneShot(algorithm, data, key, signature, callback) {
  const digest = digestOf(algorithm);
  const u8 = dataBytes(data);
  const sig = dataBytes(signature, 'signature');
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (callback === undefined) return doVerify(digest, u8, key, sig);
  let ok;
  try { ok = doVerify(digest, u8, key, sig); } catch (e) { nextTick(callback, e); return; }
  nextTick(callback, null, ok);
}

// ---- RSA encryption -------------------------------------------------------------------------

function rsaOp(encrypt, usePrivate, defaultPadding) {
  return function(key, buffer) {
    const k = asymKeyOf(key, usePrivate);
    let padding = defaultPadding;
    let oaepHash = 'sha1';
    let label = new Uint8Array(0);
    if (key !== null && typeof key === 'object' && !(key instanceof KeyObject) && !ArrayBuffer.isView(key)) {
      if (key.padding !== undefined) padding = key.padding;
      if (key.oaepHash !== undefined) {
        validateString(key.oaepHash, 'key.oaepHash');
        oaepHash = binding.digestName(key.oaepHash);
        if (oaepHash == null) throw errors.invalidDigest(key.oaepHash);
      }
      if (key.oaepLabel !== undefined) label = toBytes(key.oaepLabel, 'key.oaepLabel');
    }
    const u8 = toBytes(buffer, 'buffer', key && key.encoding, true);
    return fromLatin1(asym.rsaCrypt(k, encrypt, usePrivate, padding, oaepHash, label.buffer, label.byteOffset,
      label.byteLength, u8.buffer, u8.byteOffset, u8.byteLength));
  };
}

const publicEncrypt = rsaOp(true, false, 4);
const privateDecrypt = rsaOp(false, true, 4);
const privateEncrypt = rsaOp(true, true, 1);
const publicDecrypt = rsaOp(false, false, 1);

// ---- key agreement --------------------------------------------------------------------------

function diffieHellman(options, callback) {
  validateObject(options, 'options');
  const { privateKey, publicKey } = options;
  if (!(privateKey instanceof KeyObject)) throw new ERR_INVALID_ARG_VALUE('options.privateKey', privateKey);
  if (!(publicKey instanceof KeyObject)) throw new ERR_INVALID_ARG_VALUE('options.publicKey', publicKey);
  if (privateKey.type !== 'private') {
    throw cryptoError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
      `Invalid key object type ${privateKey.type}, expected private.`);
  }
  if (publicKey.type !== 'public' && publicKey.type !== 'private') {
    throw cryptoError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
      `Invalid key object type ${publicKey.type}, expected private or public.`);
  }
  const a = privateKey.asymmetricKeyType;
  const b = publicKey.asymmetricKeyType;
  if (a !== b || !['dh', 'ec', 'x448', 'x25519'].includes(a)) {
    throw cryptoError(Error, 'ERR_CRYPTO_INCOMPATIBLE_KEY', `Incompatible key types for Diffie-Hellman: ${a} and ${b}`);
  }
  if (callback !== undefined) validateFunction(callback, 'callback');
  const run = () => {
    if (!asym.sameDomain(privateKey[kHandle].key, publicKey[kHandle].key)) {
      throw cryptoError(Error, 'ERR_OSSL_MISMATCHING_DOMAIN_PARAMETERS',
        'error:1C8000B4:Provider routines::mismatching domain parameters');
    }
    return fromLatin1(asym.agree(privateKey[kHandle].key, publicKey[kHandle].key));
  };
  if (callback === undefined) return run();
  let secret;
  try { secret = run(); } catch (e) { nextTick(callback, e); return; }
  nextTick(callback, null, secret);
}

// ---- ECDH -----------------------------------------------------------------------------------

const kCurve = Symbol('kCurve');
const kKey = Symbol('kKey');
const kPublic = Symbol('kPublic');   // a public point set by the deprecated setPublicKey
let warnedSetPublicKey = false;

function ECDH(curve) {
  if (!(this instanceof ECDH)) return new ECDH(curve);
  validateString(curve, 'curve');
  if (!asym.knownCurve(curve)) throw cryptoError(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
  this[kCurve] = curve;
  this[kKey] = null;
  this[kPublic] = null;
}

/** The point of key (latin1) in format: 'uncompressed' (default), 'compressed' or 'hybrid'. */
function pointOf(key, format) {
  if (format === undefined || format === 'uncompressed') return asym.ecPoint(key, false);
  if (format === 'compressed') return asym.ecPoint(key, true);
  if (format === 'hybrid') {
    // X9.62 hybrid: the uncompressed point with prefix 6 | (y odd).
    const s = asym.ecPoint(key, false);
    return String.fromCharCode(6 | (s.charCodeAt(s.length - 1) & 1)) + s.slice(1);
  }
  throw cryptoError(TypeError, 'ERR_CRYPTO_ECDH_INVALID_FORMAT', `Invalid ECDH format: ${format}`);
}

/** Node's ECDH output: a Buffer unless a (truthy) encoding other than 'buffer' is named. */
function ecdhOutput(s, encoding) {
  return encodeOutput(s, encoding || undefined);
}

/** A public point in any format on curve, or Node's error. */
function decodePoint(curve, u8) {
  const pub = asym.fromEcPoint(curve, u8.buffer, u8.byteOffset, u8.byteLength);
  if (pub == null) throw cryptoError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to convert Buffer to EC_POINT');
  return pub;
}

ECDH.convertKey = function convertKey(key, curve, inputEncoding, outputEncoding, format) {
  const u8 = toBytes(key, 'key', inputEncoding, true);
  validateString(curve, 'curve');
  if (!asym.knownCurve(curve)) throw cryptoError(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
  return ecdhOutput(pointOf(decodePoint(curve, u8), format), outputEncoding);
};

ECDH.prototype.generateKeys = function generateKeys(encoding, format) {
  this[kKey] = asym.generate('ec', 0, 0, this[kCurve]);
  this[kPublic] = null;
  return this.getPublicKey(encoding, format);
};

ECDH.prototype.getPublicKey = function getPublicKey(encoding, format) {
  if (this[kPublic] !== null) return ecdhOutput(pointOf(this[kPublic], format), encoding);
  if (this[kKey] === null) throw cryptoError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to get ECDH public key');
  return ecdhOutput(pointOf(this[kKey], format), encoding);
};

ECDH.prototype.getPrivateKey = function getPrivateKey(encoding) {
  if (this[kKey] === null) throw cryptoError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to get ECDH private key');
  return ecdhOutput(asym.ecPrivate(this[kKey]), encoding);
};

ECDH.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  const u8 = toBytes(key, 'key', encoding);
  this[kKey] = asym.ecFromPrivate(this[kCurve], u8.buffer, u8.byteOffset, u8.byteLength);
  this[kPublic] = null;
  return this;
};

/** Deprecated (DEP0031): sets the public point getPublicKey reports. */
ECDH.prototype.setPublicKey = function setPublicKey(key, encoding) {
  if (!warnedSetPublicKey) {
    warnedSetPublicKey = true;
    process.emitWarning('ecdh.setPublicKey() is deprecated.', 'DeprecationWarning', 'DEP0031');
  }
  this[kPublic] = decodePoint(this[kCurve], toBytes(key, 'key', encoding));
  return this;
};

ECDH.prototype.computeSecret = function computeSecret(key, inputEncoding, outputEncoding) {
  const u8 = toBytes(key, 'key', inputEncoding);
  if (this[kKey] === null) throw cryptoError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state');
  const s = asym.ecdhSecret(this[kKey], u8.buffer, u8.byteOffset, u8.byteLength);
  if (s === null) {
    throw cryptoError(Error, 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Public key is not valid for specified curve');
  }
  return encodeOutput(s, outputEncoding);
};

function createECDH(curve) {
  return new ECDH(curve);
}

module.exports = {
  Sign, Verify, createSign, createVerify, sign: signOneShot, verify: verifyOneShot,
  publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt, diffieHellman, ECDH, createECDH,
};
