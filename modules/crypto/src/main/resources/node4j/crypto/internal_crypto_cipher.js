'use strict';
// Cipheriv / Decipheriv over JCA ciphers (Ciphers.State in Java); Transform streams like Hash.
const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_ENCODING } } = require('internal/errors');
const { validateString, validateObject } = require('internal/validators');
const { binding, cryptoError, errors, toBytes } = require('internal/crypto_util');
const { LazyTransform } = require('internal/crypto_lazy_transform');

let StringDecoder = null;
try { StringDecoder = require('string_decoder').StringDecoder; } catch { /* decode per call */ }

const kState = Symbol('kState');
const { bufferFromJava: fromJava } = require('internal/buffer_java');   // update/final output -> Buffer
const kInfo = Symbol('kInfo');
const kDone = Symbol('kDone');
const kDecoder = Symbol('kDecoder');
const kTagLen = Symbol('kTagLen');
const kTagLenGiven = Symbol('kTagLenGiven');   // authTagLength was an option
let warnedShortTag = false;   // DEP0182 is emitted once
const kEncrypt = Symbol('kEncrypt');

function keyBytes(key, name) {
  if (key != null && typeof key === 'object' && key.type === 'secret' && typeof key.export === 'function') {
    return key.export();
  }
  if (typeof key === 'string') return Buffer.from(key, 'utf8');
  if (ArrayBuffer.isView(key)) return new Uint8Array(key.buffer, key.byteOffset, key.byteLength);
  if (key instanceof ArrayBuffer) return new Uint8Array(key);
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView',
    ...(name === 'key' ? ['KeyObject', 'CryptoKey'] : [])], key);
}

function validTagLength(mode, n) {
  if (mode === 'gcm') return [4, 8, 12, 13, 14, 15, 16].includes(n);
  if (mode === 'ccm') return n >= 4 && n <= 16 && n % 2 === 0;
  return n === 16;
}

function init(self, encrypt, cipher, key, iv, options) {
  validateString(cipher, 'cipher');
  const k = keyBytes(key, 'key');
  const v = iv === null ? null : keyBytes(iv, 'iv');
  if (options !== undefined) validateObject(options, 'options');
  const info = binding.cipherInfo(cipher);
  if (info == null) throw errors.unknownCipher();
  if (k.byteLength !== info.getKeyLength()) throw errors.invalidKeylen();
  const mode = info.getMode();
  const aead = mode === 'gcm' || mode === 'ccm' || mode === 'stream-aead';
  const ivLen = v === null ? 0 : v.byteLength;
  const ivOk = info.getIvLength() === 0 ? ivLen === 0 || v === null
    : mode === 'gcm' ? ivLen > 0 : mode === 'ccm' ? ivLen >= 7 && ivLen <= 13 : ivLen === info.getIvLength();
  if (!ivOk || (v === null && info.getIvLength() !== 0)) throw errors.invalidIv();
  let tagLen = 16;
  if (options && options.authTagLength !== undefined) {
    tagLen = options.authTagLength;
    if (!aead || !Number.isInteger(tagLen) || !validTagLength(mode, tagLen)) {
      throw cryptoError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG', `Invalid authentication tag length: ${tagLen}`);
    }
  } else if (mode === 'ccm') {
    throw cryptoError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG', 'Invalid authentication tag length: undefined');
  }
  const iv8 = v || new Uint8Array(0);
  self[kState] = binding.cipherNew(info, encrypt, k.buffer, k.byteOffset, k.byteLength,
    iv8.buffer, iv8.byteOffset, iv8.byteLength, tagLen);
  self[kInfo] = info;
  self[kDone] = false;
  self[kDecoder] = null;
  self[kTagLen] = tagLen;
  self[kTagLenGiven] = options != null && options.authTagLength !== undefined;
  self[kEncrypt] = encrypt;
  LazyTransform.call(self, options);
}

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  init(this, true, cipher, key, iv, options);
}

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  init(this, false, cipher, key, iv, options);
}


/**
 * The decoder of update/final string output: one per cipher, so partial multi-byte characters
 * carry over between calls; its encoding cannot change later (Node's rule and messages).
 */
function decoderFor(self, enc) {
  let d = self[kDecoder];
  if (d === null) {
    d = new StringDecoder(enc);   // ERR_UNKNOWN_ENCODING for a bad name
    self[kDecoder] = d;
    return d;
  }
  if (!Buffer.isEncoding(enc)) throw new ERR_UNKNOWN_ENCODING(enc);
  if (new StringDecoder(enc).encoding !== d.encoding) {
    throw cryptoError(Error, 'ERR_INTERNAL_ASSERTION', 'Cannot change encoding');
  }
  return d;
}

/** update()'s output: a Buffer, or text in outputEncoding. */
function output(self, bb, enc) {
  const buf = fromJava(bb);
  if (!enc || enc === 'buffer') return buf;
  if (StringDecoder === null) return buf.toString(enc);
  return decoderFor(self, enc).write(buf);
}

const proto = {
  update(data, inputEncoding, outputEncoding) {
    // OpenSSL's words for data after final(): a plain Error without a code.
    if (this[kDone]) throw new Error('Trying to add data in unsupported state');
    if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
      throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    }
    const u8 = toBytes(data, 'data', typeof data === 'string' ? inputEncoding : undefined);
    return output(this, binding.cipherUpdate(this[kState], u8.buffer, u8.byteOffset, u8.byteLength), outputEncoding);
  },

  final(outputEncoding) {
    if (this[kDone]) throw cryptoError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state');
    this[kDone] = true;
    const bb = binding.cipherFinal(this[kState]);
    if (bb === null) throw new Error('Unsupported state or unable to authenticate data');
    if (!outputEncoding || outputEncoding === 'buffer') return fromJava(bb);
    if (StringDecoder === null) return fromJava(bb).toString(outputEncoding);
    return decoderFor(this, outputEncoding).end(fromJava(bb));
  },

  setAutoPadding(ap = true) {
    if (this[kDone]) throw errors.invalidState('setAutoPadding');
    binding.cipherSetPadding(this[kState], !!ap);
    return this;
  },

  setAAD(aadbuf, options) {
    if (this[kDone]) throw errors.invalidState('setAAD');
    const u8 = toBytes(aadbuf, 'buffer', undefined);
    binding.cipherAAD(this[kState], u8.buffer, u8.byteOffset, u8.byteLength);
    return this;
  },

  _transform(chunk, encoding, callback) {
    try {
      this.push(this.update(chunk, encoding));
    } catch (e) {
      return callback(e);
    }
    callback();
  },

  _flush(callback) {
    try {
      this.push(this.final());
    } catch (e) {
      return callback(e);
    }
    callback();
  },
};

Object.setPrototypeOf(Cipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Decipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Cipheriv, LazyTransform);
Object.setPrototypeOf(Decipheriv, LazyTransform);
for (const [name, fn] of Object.entries(proto)) {
  Object.defineProperty(Cipheriv.prototype, name, { value: fn, writable: true, configurable: true });
  Object.defineProperty(Decipheriv.prototype, name, { value: fn, writable: true, configurable: true });
}

Object.defineProperty(Cipheriv.prototype, 'getAuthTag', {
  writable: true, configurable: true,
  value: function getAuthTag() {
    const tag = this[kDone] ? binding.cipherGetTag(this[kState]) : null;
    if (tag == null) throw errors.invalidState('getAuthTag');
    return Buffer.from(tag, 'latin1');
  },
});

Object.defineProperty(Decipheriv.prototype, 'setAuthTag', {
  writable: true, configurable: true,
  value: function setAuthTag(tagbuf, encoding) {
    if (this[kDone]) throw errors.invalidState('setAuthTag');
    const u8 = toBytes(tagbuf, 'buffer', encoding);
    const mode = this[kInfo].getMode();
    if (mode !== 'gcm' && mode !== 'ccm' && mode !== 'stream-aead') throw errors.invalidState('setAuthTag');
    if (!validTagLength(mode, u8.byteLength) ||
        ((mode !== 'gcm' || this[kTagLenGiven]) && u8.byteLength !== this[kTagLen])) {
      throw cryptoError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG',
        `Invalid authentication tag length: ${u8.byteLength}`);
    }
    if (mode === 'gcm' && !this[kTagLenGiven] && u8.byteLength < 16 && !warnedShortTag) {
      warnedShortTag = true;
      process.emitWarning('Using AES-GCM authentication tags of less than 128 bits without specifying the ' +
        'authTagLength option when initializing decryption is deprecated.', 'DeprecationWarning', 'DEP0182');
    }
    binding.cipherSetTag(this[kState], u8.buffer, u8.byteOffset, u8.byteLength);
    return this;
  },
});

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

function getCiphers() {
  return Array.from(binding.cipherNames());
}

function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('nameOrNid', ['string', 'number'], nameOrNid);
  }
  const info = typeof nameOrNid === 'string' ? binding.cipherInfo(nameOrNid) : null;
  if (info == null) return undefined;
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.keyLength !== undefined && options.keyLength !== info.getKeyLength()) return undefined;
    if (options.ivLength !== undefined && options.ivLength !== info.getIvLength()) {
      const m = info.getMode();
      if (!(m === 'gcm' || (m === 'ccm' && options.ivLength >= 7 && options.ivLength <= 13))) return undefined;
    }
  }
  const mode = info.getMode();
  const out = { __proto__: null, mode: mode === 'stream-aead' ? 'stream' : mode, name: info.getName(),
    nid: info.getNid(), keyLength: info.getKeyLength() };
  out.blockSize = mode === 'stream-aead' ? undefined : info.getBlockSize();
  out.ivLength = info.getIvLength() === 0 ? undefined : info.getIvLength();
  return out;
}

module.exports = { Cipheriv, Decipheriv, createCipheriv, createDecipheriv, getCiphers, getCipherInfo };
