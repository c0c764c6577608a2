'use strict';
// crypto.DiffieHellman / DiffieHellmanGroup (finite-field DH) over the Java Dh state.
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateInt32, validateString } = require('internal/validators');
const { binding, cryptoError, fromLatin1 } = require('internal/crypto_util');

const dh = binding.dh();
const kHandle = Symbol('kHandle');

/** Bytes of a key/prime argument: strings in encoding (utf8 when absent or 'buffer'). */
function toBuf(value, encoding, name) {
  if (typeof value === 'string') {
    return Buffer.from(value, encoding && encoding !== 'buffer' ? encoding : 'utf8');
  }
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
}

function encode(latin1, encoding) {
  const buf = fromLatin1(latin1);
  return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
}

// verifyError is computed on first read (primality checks of big primes are slow), then fixed.
function setVerifyError(self) {
  const handle = self[kHandle];
  Object.defineProperty(self, 'verifyError', {
    enumerable: true, configurable: false, get() { return handle.verifyError(); },
  });
}

function DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  if (!(this instanceof DiffieHellman)) return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
  if (typeof sizeOrKey !== 'number' && typeof sizeOrKey !== 'string' && !ArrayBuffer.isView(sizeOrKey) &&
      !(sizeOrKey instanceof ArrayBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('sizeOrKey',
      ['number', 'string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], sizeOrKey);
  }
  // createDiffieHellman(prime, generator[, genEncoding]): the encoding argument is optional.
  if (keyEncoding && (typeof keyEncoding !== 'string' || !Buffer.isEncoding(keyEncoding)) &&
      keyEncoding !== 'buffer') {
    genEncoding = generator;
    generator = keyEncoding;
    keyEncoding = undefined;
  }
  if (typeof sizeOrKey === 'number') validateInt32(sizeOrKey, 'sizeOrKey');
  if (!generator) {
    generator = 2;
  } else if (typeof generator === 'number') {
    validateInt32(generator, 'generator');
  } else if (typeof generator === 'string' || ArrayBuffer.isView(generator) || generator instanceof ArrayBuffer) {
    generator = toBuf(generator, genEncoding, 'generator');
  } else {
    throw new ERR_INVALID_ARG_TYPE('generator',
      ['number', 'string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], generator);
  }
  if (typeof sizeOrKey === 'number') {
    const g = typeof generator === 'number' ? generator : Buffer.from(generator).reduce((a, b) => a * 256 + b, 0);
    this[kHandle] = dh.generate(sizeOrKey, g);
  } else {
    const p = toBuf(sizeOrKey, keyEncoding, 'sizeOrKey');
    this[kHandle] = typeof generator === 'number'
      ? dh.fromPrime(p.buffer, p.byteOffset, p.byteLength, generator)
      : dh.fromPrimeBytes(p.buffer, p.byteOffset, p.byteLength, generator.buffer, generator.byteOffset,
        generator.byteLength);
  }
  setVerifyError(this);
}

function DiffieHellmanGroup(name) {
  if (!(this instanceof DiffieHellmanGroup)) return new DiffieHellmanGroup(name);
  validateString(name, 'name');
  const h = dh.group(name);
  if (h === null) throw cryptoError(Error, 'ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group');
  this[kHandle] = h;
  setVerifyError(this);
}

const shared = {
  generateKeys(encoding) {
    return encode(dh.generateKeys(this[kHandle]), encoding);
  },
  computeSecret(key, inputEncoding, outputEncoding) {
    const k = toBuf(key, inputEncoding, 'key');
    return encode(dh.computeSecret(this[kHandle], k.buffer, k.byteOffset, k.byteLength), outputEncoding);
  },
  getPrime(encoding) {
    return encode(this[kHandle].prime(), encoding);
  },
  getGenerator(encoding) {
    return encode(this[kHandle].generator(), encoding);
  },
  getPublicKey(encoding) {
    const k = this[kHandle].publicKey();
    if (k === null) {
      throw cryptoError(Error, 'ERR_CRYPTO_INVALID_STATE', 'No public key - did you forget to generate one?');
    }
    return encode(k, encoding);
  },
  getPrivateKey(encoding) {
    const k = this[kHandle].privateKey();
    if (k === null) {
      throw cryptoError(Error, 'ERR_CRYPTO_INVALID_STATE', 'No private key - did you forget to generate one?');
    }
    return encode(k, encoding);
  },
};

for (const [name, fn] of Object.entries(shared)) {
  for (const C of [DiffieHellman, DiffieHellmanGroup]) {
    Object.defineProperty(C.prototype, name, { value: fn, writable: true, configurable: true });
  }
}

Object.defineProperty(DiffieHellman.prototype, 'setPublicKey', {
  writable: true, configurable: true,
  value: function setPublicKey(key, encoding) {
    const k = toBuf(key, encoding, 'key');
    dh.setPublicKey(this[kHandle], k.buffer, k.byteOffset, k.byteLength);
    return this;
  },
});

Object.defineProperty(DiffieHellman.prototype, 'setPrivateKey', {
  writable: true, configurable: true,
  value: function setPrivateKey(key, encoding) {
    const k = toBuf(key, encoding, 'key');
    dh.setPrivateKey(this[kHandle], k.buffer, k.byteOffset, k.byteLength);
    return this;
  },
});

function createDiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
}

function createDiffieHellmanGroup(name) {
  return new DiffieHellmanGroup(name);
}

module.exports = { DiffieHellman, DiffieHellmanGroup, createDiffieHellman, createDiffieHellmanGroup };
