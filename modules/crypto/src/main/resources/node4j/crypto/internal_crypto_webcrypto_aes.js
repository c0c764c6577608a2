'use strict';
// Web Crypto AES-CTR, AES-CBC, AES-GCM, AES-KW, AES-OCB and ChaCha20-Poly1305: key generation,
// import/export and the cipher operations (CTR/CBC/GCM/ChaCha20 through node:crypto's ciphers,
// AES-KW and AES-OCB through Bouncy Castle in SubtleBinding).
const { binding, fromLatin1 } = require('internal/crypto_util');
const cipher = require('internal/crypto_cipher');
const {
  createCryptoKey, kKeyObject, kAlgorithm, dom, checkUsages, secretBytes, secretKeyObject, exportSecret,
  toArrayBuffer, randomSecret, algMismatch,
} = require('internal/crypto_webcrypto_keys');

const subtleBinding = binding.subtle();
const CHACHA = 'ChaCha20-Poly1305';
const CIPHER_USAGES = ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'];
const KW_USAGES = ['wrapKey', 'unwrapKey'];

const usagesOf = (name) => (name === 'AES-KW' ? KW_USAGES : CIPHER_USAGES);
const rawFormatsOf = (name) => (name === 'AES-OCB' || name === CHACHA ? ['raw-secret'] : ['raw', 'raw-secret']);
const usageMessage = (name) => (name === CHACHA ? `Unsupported key usage for a ${CHACHA} key`
  : 'Unsupported key usage for an AES key');
const jwkAlg = (name, bits) => (name === CHACHA ? 'C20P' : `A${bits}${name.slice(4)}`);

function generateKey(alg, extractable, usages) {
  checkUsages(usages, usagesOf(alg.name), usageMessage(alg.name));
  if (alg.name === CHACHA) return createCryptoKey(randomSecret(32), { name: CHACHA }, extractable, usages);
  return createCryptoKey(randomSecret(alg.length / 8), { name: alg.name, length: alg.length }, extractable, usages);
}

function importKey(format, keyData, alg, extractable, usages) {
  const { name } = alg;
  checkUsages(usages, usagesOf(name), usageMessage(name));
  const bytes = secretBytes(format, keyData, name, rawFormatsOf(name), 'enc', extractable, usages);
  const sizes = name === CHACHA ? [32] : [16, 24, 32];
  if (!sizes.includes(bytes.length)) throw dom('Invalid key length', 'DataError');
  if (format === 'jwk' && keyData.alg !== undefined && keyData.alg !== jwkAlg(name, bytes.length * 8)) {
    throw algMismatch();
  }
  const algorithm = name === CHACHA ? { name } : { name, length: bytes.length * 8 };
  return createCryptoKey(secretKeyObject(format, keyData, bytes), algorithm, extractable, usages);
}

function exportKey(format, key) {
  const { name, length } = key[kAlgorithm];
  return exportSecret(key, format, rawFormatsOf(name), jwkAlg(name, length));
}

// ---- cipher operations ----------------------------------------------------------------------

function operationError(cause) {
  return dom('The operation failed for an operation-specific reason', 'OperationError', cause);
}

const tooSmall = () => dom('The provided data is too small.', 'OperationError');
const jobFailed = () => new Error('Cipher job failed');

function run(encrypt, name, ko, iv, data, options, aad, tagBytes) {
  const c = encrypt ? cipher.createCipheriv(name, ko, iv, options) : cipher.createDecipheriv(name, ko, iv, options);
  if (aad !== undefined) c.setAAD(aad);
  if (encrypt) {
    const out = Buffer.concat([c.update(data), c.final()]);
    return tagBytes === undefined ? out : Buffer.concat([out, c.getAuthTag()]);
  }
  if (tagBytes !== undefined) {
    c.setAuthTag(data.subarray(data.length - tagBytes));
    data = data.subarray(0, data.length - tagBytes);
  }
  return Buffer.concat([c.update(data), c.final()]);
}

/**
 * AES-CTR where only the low `length` bits of the counter block count: JCA counts over all 128
 * bits, so a run that would carry out of those bits is split where they wrap to zero.
 */
function ctr(encrypt, ko, bits, counter, length, data) {
  const blocks = BigInt(Math.ceil(data.length / 16));
  const range = 1n << BigInt(length);
  if (blocks > range) throw operationError(jobFailed());   // the counter would repeat
  const value = BigInt(`0x${Buffer.from(counter).toString('hex')}`);
  const low = value & (range - 1n);
  const name = `aes-${bits}-ctr`;
  if (blocks <= range - low) return run(encrypt, name, ko, counter, data);
  const firstBytes = Number(range - low) * 16;
  const wrapped = Buffer.from((value - low).toString(16).padStart(32, '0'), 'hex');
  return Buffer.concat([run(encrypt, name, ko, counter, data.subarray(0, firstBytes)),
    run(encrypt, name, ko, wrapped, data.subarray(firstBytes))]);
}

function ocb(encrypt, key, alg, data, tagBytes) {
  const k = key[kKeyObject].export();
  const iv = alg.iv;
  const aad = alg.additionalData || new Uint8Array(0);
  if (iv.byteLength === 0) {
    const cause = Object.assign(new TypeError('Invalid initialization vector'), { code: 'ERR_CRYPTO_INVALID_IV' });
    throw operationError(cause);
  }
  const out = subtleBinding.aesOcb(encrypt, k.buffer, k.byteOffset, k.byteLength, iv.buffer, iv.byteOffset,
    iv.byteLength, aad.buffer, aad.byteOffset, aad.byteLength, tagBytes * 8, data.buffer, data.byteOffset,
    data.byteLength);
  if (out === null) throw operationError(jobFailed());
  return fromLatin1(out);
}

/** encrypt/decrypt of the cipher algorithms; data is a private copy (Buffer). */
function crypt(encrypt, alg, key, data) {
  const ko = key[kKeyObject];
  const bits = key[kAlgorithm].length;
  const aead = alg.name === 'AES-GCM' || alg.name === 'AES-OCB' || alg.name === CHACHA;
  const tagBytes = aead ? (alg.tagLength === undefined ? 128 : alg.tagLength) / 8 : undefined;
  if (aead && !encrypt && data.length < tagBytes) throw tooSmall();
  try {
    switch (alg.name) {
      case 'AES-CTR':
        return toArrayBuffer(ctr(encrypt, ko, bits, alg.counter, alg.length, data));
      case 'AES-CBC':
        return toArrayBuffer(run(encrypt, `aes-${bits}-cbc`, ko, alg.iv, data));
      case 'AES-GCM':
        return toArrayBuffer(run(encrypt, `aes-${bits}-gcm`, ko, alg.iv, data, { authTagLength: tagBytes },
          alg.additionalData, tagBytes));
      case 'AES-OCB':
        return toArrayBuffer(ocb(encrypt, key, alg, data, tagBytes));
      default:
        return toArrayBuffer(run(encrypt, 'chacha20-poly1305', ko, alg.iv, data, { authTagLength: tagBytes },
          alg.additionalData, tagBytes));
    }
  } catch (e) {
    if (e instanceof DOMException) throw e;
    // A failed tag check reads as Node's "Cipher job failed"; other causes are kept.
    throw operationError(aead && !encrypt && e.code === undefined ? jobFailed() : e);
  }
}

/** AES-KW (RFC 3394) wrapping of key bytes, or unwrapping of wrapped bytes. */
function keyWrap(wrap, key, data) {
  const k = key[kKeyObject].export();
  const out = subtleBinding.aesKw(wrap, k.buffer, k.byteOffset, k.byteLength, data.buffer, data.byteOffset,
    data.byteLength);
  if (out === null) throw operationError(wrap ? new Error('invalid input length') : jobFailed());
  return toArrayBuffer(fromLatin1(out));
}

module.exports = { generateKey, importKey, exportKey, crypt, keyWrap };
