'use strict';
// Key derivation: pbkdf2, scrypt, hkdf, argon2 (Bouncy Castle generators on the Java side).
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE } } = require('internal/errors');
const { validateFunction, validateString, validateInt32, validateInteger, validateObject } =
  require('internal/validators');
const { binding, cryptoError, errors, fromLatin1 } = require('internal/crypto_util');

/** Password-like input: string (utf8), ArrayBuffer or view, as a Uint8Array. */
function bytesOf(v, name) {
  if (typeof v === 'string') return Buffer.from(v, 'utf8');
  if (ArrayBuffer.isView(v)) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  if (v instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer)) {
    return new Uint8Array(v);
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], v);
}

function asyncResult(callback, wrap) {
  return (err, s) => {
    if (err != null) callback(new Error(String(err)));
    else callback(null, wrap(s));
  };
}

// ---- pbkdf2 -------------------------------------------------------------------------------

function pbkdf2Args(password, salt, iterations, keylen, digest) {
  const p = bytesOf(password, 'password');
  const s = bytesOf(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  validateString(digest, 'digest');
  const name = binding.digestName(digest);
  if (name == null || name.startsWith('shake')) throw errors.invalidDigest(digest);
  return [p.buffer, p.byteOffset, p.byteLength, s.buffer, s.byteOffset, s.byteLength, iterations, keylen, name];
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  return fromLatin1(binding.pbkdf2Sync(...pbkdf2Args(password, salt, iterations, keylen, digest)));
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') { callback = digest; digest = undefined; }
  const args = pbkdf2Args(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  binding.pbkdf2Async(...args, asyncResult(callback, fromLatin1));
}

// ---- scrypt -------------------------------------------------------------------------------

const kDefaultMaxmem = 32 << 20;

function scryptArgs(password, salt, keylen, options) {
  const p = bytesOf(password, 'password');
  const s = bytesOf(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  let N = 16384; let r = 8; let par = 1; let maxmem = kDefaultMaxmem;
  if (options != null) {
    validateObject(options, 'options');
    const pick = (a, b, def) => {
      const has = options[a] !== undefined;
      const hasB = options[b] !== undefined;
      if (has && hasB) throw errors.incompatiblePair(a, b);
      const v = has ? options[a] : hasB ? options[b] : undefined;
      if (v === undefined) return def;
      validateInteger(v, has ? a : b, 0);
      return v;
    };
    N = pick('N', 'cost', N);
    r = pick('r', 'blockSize', r);
    par = pick('p', 'parallelization', par);
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      validateInteger(maxmem, 'maxmem', 0);
    }
  }
  // OpenSSL's limits: N a power of two > 1, memory 128*N*r (+ 128*r*p) within maxmem.
  const bad = N < 2 || (N & (N - 1)) !== 0 || r < 1 || par < 1;
  if (bad) throw cryptoError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'Invalid scrypt params');
  // OpenSSL reports these parameter limits (N < 2**(16r), p <= (2**30-1)/r) as memory errors too.
  if ((16 * r < 53 && N >= 2 ** (16 * r)) || par > (2 ** 30 - 1) / r || 128 * N * r + 128 * r * par > maxmem) {
    throw cryptoError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'Invalid scrypt params: ' +
      'error:030000AC:digital envelope routines::memory limit exceeded');
  }
  return [p.buffer, p.byteOffset, p.byteLength, s.buffer, s.byteOffset, s.byteLength, N, r, par, keylen];
}

function scryptSync(password, salt, keylen, options) {
  return fromLatin1(binding.scryptSync(...scryptArgs(password, salt, keylen, options)));
}

function scrypt(password, salt, keylen, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  const args = scryptArgs(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  binding.scryptAsync(...args, asyncResult(callback, fromLatin1));
}

// ---- hkdf ---------------------------------------------------------------------------------

function keyBytes(key) {
  if (key != null && typeof key === 'object' && key.type === 'secret' && typeof key.export === 'function') {
    return key.export();
  }
  return bytesOf(key, 'ikm');
}

function hkdfArgs(digest, ikm, salt, info, keylen) {
  validateString(digest, 'digest');
  const k = keyBytes(ikm);
  const s = bytesOf(salt, 'salt');
  const i = bytesOf(info, 'info');
  validateInteger(keylen, 'length', 0, 2 ** 31 - 1);
  if (i.byteLength > 1024) {
    throw new ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', i.byteLength);
  }
  const name = binding.digestName(digest);
  if (name == null || name.startsWith('shake')) throw errors.invalidDigest(digest);
  if (keylen > 255 * binding.digestSize(name)) throw errors.invalidKeylen();
  return [name, k.buffer, k.byteOffset, k.byteLength, s.buffer, s.byteOffset, s.byteLength,
    i.buffer, i.byteOffset, i.byteLength, keylen];
}

function toArrayBuffer(s) {
  const b = fromLatin1(s);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
}

function hkdfSync(digest, ikm, salt, info, keylen) {
  return toArrayBuffer(binding.hkdfSync(...hkdfArgs(digest, ikm, salt, info, keylen)));
}

function hkdf(digest, ikm, salt, info, keylen, callback) {
  const args = hkdfArgs(digest, ikm, salt, info, keylen);
  validateFunction(callback, 'callback');
  binding.hkdfAsync(...args, asyncResult(callback, toArrayBuffer));
}

// ---- argon2 (RFC 9106, version 0x13) -----------------------------------------------------------

const kArgon2 = ['argon2d', 'argon2i', 'argon2id'];
const kU32 = 2 ** 32 - 1;

function argon2Args(algorithm, parameters) {
  if (!kArgon2.includes(algorithm)) {
    throw new ERR_INVALID_ARG_VALUE('algorithm', algorithm, `must be one of: ${kArgon2.map((a) => `'${a}'`).join(', ')}`);
  }
  validateObject(parameters, 'parameters');
  const { message, nonce, secret, associatedData, parallelism, tagLength, memory, passes } = parameters;
  const m = bytesOf(message, 'parameters.message');
  const n = bytesOf(nonce, 'parameters.nonce');
  if (n.byteLength < 8 || n.byteLength > kU32) {
    throw new ERR_OUT_OF_RANGE('parameters.nonce.byteLength', `>= 8 && <= ${kU32}`, n.byteLength);
  }
  validateInteger(parallelism, 'parameters.parallelism', 1, 2 ** 24 - 1);
  validateInteger(tagLength, 'parameters.tagLength', 4, kU32);
  validateInteger(memory, 'parameters.memory', 8 * parallelism, kU32);
  validateInteger(passes, 'parameters.passes', 1, kU32);
  const s = secret === undefined ? new Uint8Array(0) : bytesOf(secret, 'parameters.secret');
  const ad = associatedData === undefined ? new Uint8Array(0) : bytesOf(associatedData, 'parameters.associatedData');
  return [kArgon2.indexOf(algorithm), m.buffer, m.byteOffset, m.byteLength, n.buffer, n.byteOffset, n.byteLength,
    s.buffer, s.byteOffset, s.byteLength, ad.buffer, ad.byteOffset, ad.byteLength,
    parallelism, tagLength, memory, passes];
}

function argon2Sync(algorithm, parameters) {
  return fromLatin1(binding.argon2Sync(...argon2Args(algorithm, parameters)));
}

function argon2(algorithm, parameters, callback) {
  const args = argon2Args(algorithm, parameters);
  validateFunction(callback, 'callback');
  binding.argon2Async(...args, asyncResult(callback, fromLatin1));
}

module.exports = { pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync, argon2, argon2Sync, bytesOf };
