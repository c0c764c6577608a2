'use strict';
// Shared helpers of the crypto facade: input bytes, output encodings, errors core lacks.
const { codes: { ERR_INVALID_ARG_TYPE }, decorate } = require('internal/errors');
const { Buffer } = require('buffer');
const binding = internalBinding('crypto');

/** A Node error with a code core does not define (yet). */
function cryptoError(Base, code, message) {
  const err = decorate(new Base(message), code);
  // OpenSSL-style messages carry library and reason properties, as in Node.
  const m = /^error:[0-9A-F]{8}:([^:]*):[^:]*:(.*)$/.exec(message);
  if (m !== null) {
    err.library = m[1];
    err.reason = m[2];
  }
  return err;
}
const errors = {
  invalidKeylen: () => cryptoError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length'),
  invalidIv: () => cryptoError(TypeError, 'ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector'),
  unknownCipher: () => cryptoError(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher'),
  invalidState: (op) => cryptoError(Error, 'ERR_CRYPTO_INVALID_STATE', `Invalid state for operation ${op}`),
  invalidDigest: (d) => cryptoError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${d}`),
  incompatiblePair: (a, b) => cryptoError(TypeError, 'ERR_INCOMPATIBLE_OPTION_PAIR',
    `Option "${a}" cannot be used in combination with option "${b}"`),
};

function isView(v) {
  return ArrayBuffer.isView(v);
}

/**
 * Bytes of `data` as a Uint8Array view (no copy for views): strings in `encoding` (utf8 by
 * default), Buffer / TypedArray / DataView, and ArrayBuffer when `allowArrayBuffer`.
 */
function toBytes(data, name, encoding, allowArrayBuffer = false) {
  if (typeof data === 'string') {
    return Buffer.from(data, encoding === 'buffer' ? 'utf8' : encoding);
  }
  if (isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (allowArrayBuffer && (data instanceof ArrayBuffer ||
      (typeof SharedArrayBuffer === 'function' && data instanceof SharedArrayBuffer))) {
    return new Uint8Array(data);
  }
  const expected = allowArrayBuffer ? ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView']
    : ['string', 'Buffer', 'TypedArray', 'DataView'];
  throw new ERR_INVALID_ARG_TYPE(name, expected, data);
}

/** A Buffer holding the bytes of a Java latin1 string (chars 0-255). */
function fromLatin1(s) {
  return Buffer.from(s, 'latin1');
}

/** Output in `encoding` ('buffer' or undefined: a Buffer) from a Java latin1 string. */
function encodeOutput(s, encoding) {
  if (encoding === undefined || encoding === 'buffer') return fromLatin1(s);
  if (encoding === 'latin1' || encoding === 'binary') return s;
  return fromLatin1(s).toString(encoding);
}

/** Empty ArrayBuffer stand-in for absent inputs. */
const EMPTY = new Uint8Array(0);

module.exports = { binding, cryptoError, errors, toBytes, fromLatin1, encodeOutput, isView, EMPTY };
