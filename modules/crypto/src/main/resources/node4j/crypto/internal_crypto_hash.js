'use strict';
// Hash and Hmac: Node's objects over Java digests (Digests.State) and BC HMacs. Both are
// Transform streams (LazyTransform: stream module and state made on first stream use), so plain
// update()/digest() stays cheap.
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_CRYPTO_HASH_FINALIZED },
} = require('internal/errors');
const { validateString, validateUint32, validateObject } = require('internal/validators');
const { Buffer } = require('buffer');
const { binding, cryptoError, errors, toBytes, encodeOutput, isView } = require('internal/crypto_util');

const { LazyTransform } = require('internal/crypto_lazy_transform');

const warned = new Set();
function deprecate(message, code) {
  if (warned.has(code)) return;
  warned.add(code);
  process.emitWarning(message, 'DeprecationWarning', code);
}

/** crypto.Hash as exported: calling it directly is deprecated (DEP0179); createHash is not. */
function PublicHash(algorithm, options) {
  deprecate('crypto.Hash constructor is deprecated.', 'DEP0179');
  return new Hash(algorithm, options);
}

const kState = Symbol('kState');
const kFinalized = Symbol('kFinalized');

function feed(data, encoding, updateString, updateBytes, state) {
  if (typeof data === 'string') {
    if (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8' || encoding === 'buffer') {
      updateString(state, data);
      return;
    }
  } else if (!isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  const u8 = toBytes(data, 'data', encoding);
  updateBytes(state, u8.buffer, u8.byteOffset, u8.byteLength);
}

function hashOutLen(options) {
  if (options == null || options.outputLength === undefined) return -1;
  validateUint32(options.outputLength, 'options.outputLength');
  return options.outputLength;
}

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  if (algorithm instanceof Hash) {          // internal: copy()
    const outLen = hashOutLen(options);
    this[kState] = binding.hashCopy(algorithm[kState], outLen);
  } else {
    validateString(algorithm, 'algorithm');
    const outLen = hashOutLen(options);
    const name = binding.digestName(algorithm);
    if (name == null) throw new Error('Digest method not supported');
    if (outLen < 0 && name.startsWith('shake')) {
      deprecate('Creating SHAKE128/256 digests without an explicit options.outputLength is deprecated.', 'DEP0198');
    }
    const st = binding.hashNew(name, outLen);
    if (st == null) {
      throw cryptoError(Error, 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH',
        'error:030000B2:digital envelope routines::not XOF or invalid length');
    }
    this[kState] = st;
  }
  this[kFinalized] = false;
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

Hash.prototype.copy = function copy(options) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(this, options);
};

Hash.prototype.update = function update(data, encoding) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  feed(data, encoding, binding.hashUpdateString, binding.hashUpdate, this[kState]);
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  this[kFinalized] = true;
  if (outputEncoding === 'hex') return binding.hashDigestHex(this[kState]);
  return encodeOutput(binding.hashDigest(this[kState]), normalizeOut(outputEncoding));
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(this.digest());
  callback();
};

/** Unknown output encodings fall back to a Buffer, as in Node. */
function normalizeOut(enc) {
  if (enc === undefined || enc === 'buffer') return undefined;
  if (enc !== null && typeof enc === 'object') enc = `${enc}`;   // Node stringifies (toString may throw)
  if (typeof enc !== 'string') return undefined;
  return Buffer.isEncoding(enc) ? enc : undefined;
}

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const name = binding.digestName(hmac);
  const k = hmacKey(key);
  if (name == null || name.startsWith('shake')) throw errors.invalidDigest(hmac);
  this[kState] = binding.hmacNew(name, k.buffer, k.byteOffset, k.byteLength);
  this[kFinalized] = false;
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

function hmacKey(key) {
  if (key != null && typeof key === 'object' && typeof key.export === 'function' && key.type === 'secret') {
    return key.export();
  }
  if (typeof key === 'string') return Buffer.from(key, 'utf8');
  if (isView(key)) return new Uint8Array(key.buffer, key.byteOffset, key.byteLength);
  if (key instanceof ArrayBuffer) return new Uint8Array(key);
  throw new ERR_INVALID_ARG_TYPE('key',
    ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'string', 'KeyObject', 'CryptoKey'], key);
}

Hmac.prototype.update = function update(data, encoding) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  feed(data, encoding, binding.hmacUpdateString, binding.hmacUpdate, this[kState]);
  return this;
};

Hmac.prototype.digest = function digest(outputEncoding) {
  const enc = normalizeOut(outputEncoding);
  // A second digest() gives an empty result rather than throwing (Node's behaviour).
  if (this[kFinalized]) return encodeOutput('', enc);
  this[kFinalized] = true;
  return encodeOutput(binding.hmacDigest(this[kState]), enc);
};

Hmac.prototype._transform = Hash.prototype._transform;
Hmac.prototype._flush = Hash.prototype._flush;

/**
 * crypto.hash(algorithm, data[, options]): one-shot digest. options is the output encoding or
 * { outputEncoding = 'hex', outputLength } (XOFs take any length, other hashes only their own).
 */
function hash(algorithm, data, options) {
  validateString(algorithm, 'algorithm');
  if (typeof data !== 'string' && !isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  let outputEncoding = 'hex';
  let outputLength;
  if (typeof options === 'string') {
    outputEncoding = options;
  } else if (options !== undefined) {
    validateObject(options, 'options');
    if (options.outputEncoding !== undefined) outputEncoding = options.outputEncoding;
    outputLength = options.outputLength;
    if (outputLength !== undefined) validateUint32(outputLength, 'options.outputLength');
  }
  validateString(outputEncoding, 'outputEncoding');
  if (outputEncoding !== 'buffer' && !Buffer.isEncoding(outputEncoding)) {
    throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
  }
  if (outputLength !== undefined && !algorithm.toLowerCase().startsWith('shake')) {
    const own = new Hash(algorithm).digest().length;
    if (outputLength !== own) {
      throw new Error(`Output length ${outputLength} is invalid for ${algorithm}, which does not support XOF`);
    }
    outputLength = undefined;
  }
  const h = outputLength === undefined ? new Hash(algorithm) : new Hash(algorithm, { outputLength });
  return h.update(data).digest(outputEncoding);
}

function getHashes() {
  return Array.from(binding.hashes());
}

PublicHash.prototype = Hash.prototype;

module.exports = { Hash, PublicHash, Hmac, hash, getHashes };
