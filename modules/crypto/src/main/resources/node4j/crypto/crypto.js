'use strict';
// Node's crypto module: hashes, HMAC, random, KDFs, ciphers, KeyObjects, signatures, RSA, ECDH, over
// the JDK's JCA and Bouncy Castle (CryptoBinding). What is not built yet is absent, not stubbed.

// Each part loads on first use of one of its exports: require('crypto') then createHash() loads
// the hash part only (a dozen facades less at start-up in GraalJS's interpreter).
const parts = {
  hash: 'internal/crypto_hash', random: 'internal/crypto_random', kdf: 'internal/crypto_kdf',
  cipher: 'internal/crypto_cipher', keys: 'internal/crypto_keys', sig: 'internal/crypto_sig',
  x509: 'internal/crypto_x509', prime: 'internal/crypto_prime', dh: 'internal/crypto_dh',
  keygen: 'internal/crypto_keygen', web: 'internal/crypto_webcrypto', certificate: 'internal/crypto_certificate',
};
const part = (name) => require(parts[name]);

function createHash(algorithm, options) {
  return new (part('hash').Hash)(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new (part('hash').Hmac)(hmac, key, options);
}

const constants = Object.freeze({
  __proto__: null,
  OPENSSL_VERSION_NUMBER: 810549328,
  RSA_PKCS1_PADDING: 1,
  RSA_NO_PADDING: 3,
  RSA_PKCS1_OAEP_PADDING: 4,
  RSA_X931_PADDING: 5,
  RSA_PKCS1_PSS_PADDING: 6,
  RSA_PSS_SALTLEN_DIGEST: -1,
  RSA_PSS_SALTLEN_MAX_SIGN: -2,
  RSA_PSS_SALTLEN_AUTO: -2,
  DH_CHECK_P_NOT_SAFE_PRIME: 2,
  DH_CHECK_P_NOT_PRIME: 1,
  DH_UNABLE_TO_CHECK_GENERATOR: 4,
  DH_NOT_SUITABLE_GENERATOR: 8,
  POINT_CONVERSION_COMPRESSED: 2,
  POINT_CONVERSION_UNCOMPRESSED: 4,
  POINT_CONVERSION_HYBRID: 6,
});

function getRandomValues(array) {
  return part('web').webcrypto.getRandomValues(array);
}

module.exports = {
  createHash,
  createHmac,
  getFips() { return 0; },
  constants,
  getRandomValues,
};

// Exports that load their part on first access (then become plain data properties).
// 'name' or 'name:exportedName' when the part exports it under another name.
const lazyExports = {
  prime: ['checkPrime', 'checkPrimeSync', 'generatePrime', 'generatePrimeSync'],
  cipher: ['createCipheriv', 'createDecipheriv', 'getCiphers', 'getCipherInfo', 'Cipheriv', 'Decipheriv'],
  keys: ['createSecretKey', 'createPublicKey', 'createPrivateKey', 'getCurves', 'generateKey', 'generateKeySync',
    'KeyObject'],
  sig: ['createSign', 'createVerify', 'createECDH', 'diffieHellman', 'sign', 'verify', 'publicEncrypt',
    'privateDecrypt', 'privateEncrypt', 'publicDecrypt', 'Sign', 'Verify', 'ECDH'],
  dh: ['createDiffieHellman', 'createDiffieHellmanGroup', 'getDiffieHellman:createDiffieHellmanGroup',
    'DiffieHellman', 'DiffieHellmanGroup'],
  keygen: ['generateKeyPair', 'generateKeyPairSync'],
  hash: ['getHashes', 'hash', 'Hash:PublicHash', 'Hmac'],
  kdf: ['argon2', 'argon2Sync', 'hkdf', 'hkdfSync', 'pbkdf2', 'pbkdf2Sync', 'scrypt', 'scryptSync'],
  random: ['randomBytes', 'randomFill', 'randomFillSync', 'randomInt', 'randomUUID', 'timingSafeEqual',
    'pseudoRandomBytes:randomBytes'],
  x509: ['X509Certificate'],
  certificate: ['Certificate'],
  web: ['webcrypto', 'subtle'],
};
for (const [name, keys] of Object.entries(lazyExports)) {
  for (const entry of keys) {
    const [key, exported = key] = entry.split(':');
    // Deprecated aliases Node still exposes are non-enumerable.
    const enumerable = key !== 'pseudoRandomBytes';
    const define = (value) => Object.defineProperty(module.exports, key,
      { value, writable: true, enumerable, configurable: true });
    Object.defineProperty(module.exports, key, {
      enumerable,
      configurable: true,
      get() {
        const value = part(name)[exported];
        define(value);
        return value;
      },
      set: define,
    });
  }
}
