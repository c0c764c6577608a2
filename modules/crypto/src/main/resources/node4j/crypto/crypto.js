'use strict';
// Node's crypto module: hashes, HMAC, random, KDFs, ciphers, KeyObjects, signatures, RSA, ECDH, KEM,
// over the JDK's JCA and Bouncy Castle (CryptoBinding). What is not built yet is absent, not stubbed.

// Each part loads on first use of one of its exports: require('crypto') then createHash() loads
// the hash part only (a dozen facades less at start-up in GraalJS's interpreter).
const parts = {
  hash: 'internal/crypto_hash', random: 'internal/crypto_random', kdf: 'internal/crypto_kdf',
  cipher: 'internal/crypto_cipher', keys: 'internal/crypto_keys', sig: 'internal/crypto_sig',
  x509: 'internal/crypto_x509', prime: 'internal/crypto_prime', dh: 'internal/crypto_dh',
  keygen: 'internal/crypto_keygen', web: 'internal/crypto_webcrypto', certificate: 'internal/crypto_certificate',
  kem: 'internal/crypto_kem', openssl: 'internal/crypto_openssl',
};
const part = (name) => require(parts[name]);

function createHash(algorithm, options) {
  return new (part('hash').Hash)(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new (part('hash').Hmac)(hmac, key, options);
}

// Node's table (OpenSSL 3.5.5 values, as Node 25.8.1 has them), in Node's order. The TLS, SSL_OP
// and ENGINE_METHOD entries are plain numbers and strings there too: what would use them (the tls
// module, an engine) is absent or refuses in node4j, so exposing them claims nothing.
const kCipherList = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
  'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
  'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:' +
  'ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:' +
  '!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';
const constantValues = {
  OPENSSL_VERSION_NUMBER: 0x30500050,
  SSL_OP_ALL: 0x80000850, SSL_OP_ALLOW_NO_DHE_KEX: 0x400, SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 0x40000,
  SSL_OP_CIPHER_SERVER_PREFERENCE: 0x400000, SSL_OP_CISCO_ANYCONNECT: 0x8000, SSL_OP_COOKIE_EXCHANGE: 0x2000,
  SSL_OP_CRYPTOPRO_TLSEXT_BUG: 0x80000000, SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS: 0x800,
  SSL_OP_LEGACY_SERVER_CONNECT: 0x4, SSL_OP_NO_COMPRESSION: 0x20000, SSL_OP_NO_ENCRYPT_THEN_MAC: 0x80000,
  SSL_OP_NO_QUERY_MTU: 0x1000, SSL_OP_NO_RENEGOTIATION: 0x40000000,
  SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION: 0x10000, SSL_OP_NO_SSLv2: 0, SSL_OP_NO_SSLv3: 0x2000000,
  SSL_OP_NO_TICKET: 0x4000, SSL_OP_NO_TLSv1: 0x4000000, SSL_OP_NO_TLSv1_1: 0x10000000,
  SSL_OP_NO_TLSv1_2: 0x8000000, SSL_OP_NO_TLSv1_3: 0x20000000, SSL_OP_PRIORITIZE_CHACHA: 0x200000,
  SSL_OP_TLS_ROLLBACK_BUG: 0x800000,
  ENGINE_METHOD_RSA: 0x1, ENGINE_METHOD_DSA: 0x2, ENGINE_METHOD_DH: 0x4, ENGINE_METHOD_RAND: 0x8,
  ENGINE_METHOD_EC: 0x800, ENGINE_METHOD_CIPHERS: 0x40, ENGINE_METHOD_DIGESTS: 0x80, ENGINE_METHOD_PKEY_METHS: 0x200,
  ENGINE_METHOD_PKEY_ASN1_METHS: 0x400, ENGINE_METHOD_ALL: 0xffff, ENGINE_METHOD_NONE: 0,
  DH_CHECK_P_NOT_SAFE_PRIME: 2, DH_CHECK_P_NOT_PRIME: 1, DH_UNABLE_TO_CHECK_GENERATOR: 4, DH_NOT_SUITABLE_GENERATOR: 8,
  RSA_PKCS1_PADDING: 1, RSA_NO_PADDING: 3, RSA_PKCS1_OAEP_PADDING: 4, RSA_X931_PADDING: 5, RSA_PKCS1_PSS_PADDING: 6,
  RSA_PSS_SALTLEN_DIGEST: -1, RSA_PSS_SALTLEN_MAX_SIGN: -2, RSA_PSS_SALTLEN_AUTO: -2,
  defaultCoreCipherList: kCipherList,
  TLS1_VERSION: 0x301, TLS1_1_VERSION: 0x302, TLS1_2_VERSION: 0x303, TLS1_3_VERSION: 0x304,
  POINT_CONVERSION_COMPRESSED: 2, POINT_CONVERSION_UNCOMPRESSED: 4, POINT_CONVERSION_HYBRID: 6,
  defaultCipherList: kCipherList,
};
// As in Node: read-only, undeletable entries on an extensible null-prototype object.
const constants = { __proto__: null };
for (const [name, value] of Object.entries(constantValues)) {
  Object.defineProperty(constants, name, { value, enumerable: true, writable: false, configurable: false });
}

function getRandomValues(array) {
  return part('web').webcrypto.getRandomValues(array);
}

module.exports = {
  createHash,
  createHmac,
  getRandomValues,
};
Object.defineProperty(module.exports, 'constants', { value: constants, enumerable: true, writable: false,
  configurable: false });

// crypto.fips (DEP0093): an accessor over getFips/setFips, warning once on first use.
let fipsWarned = false;
function warnFips(use) {
  if (fipsWarned) return;
  fipsWarned = true;
  process.emitWarning(`The crypto.fips is deprecated. Please use crypto.${use}()`, 'DeprecationWarning', 'DEP0093');
}
Object.defineProperty(module.exports, 'fips', {
  get: function deprecated() { warnFips('getFips'); return part('openssl').getFips(); },
  set: function deprecated(bool) { warnFips('setFips'); part('openssl').setFips(bool); },
  enumerable: false,
  configurable: false,
});

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
    'pseudoRandomBytes:randomBytes', 'prng:randomBytes', 'rng:randomBytes'],
  kem: ['encapsulate', 'decapsulate'],
  openssl: ['getFips', 'setFips', 'setEngine', 'secureHeapUsed'],
  x509: ['X509Certificate'],
  certificate: ['Certificate'],
  web: ['webcrypto', 'subtle'],
};
const legacyAliases = new Set(['pseudoRandomBytes', 'prng', 'rng']);
for (const [name, keys] of Object.entries(lazyExports)) {
  for (const entry of keys) {
    const [key, exported = key] = entry.split(':');
    // Deprecated aliases Node still exposes are non-enumerable.
    const enumerable = !legacyAliases.has(key);
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
