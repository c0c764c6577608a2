'use strict';
// Node's crypto module: hashes, HMAC, random, KDFs, ciphers, KeyObjects, signatures, RSA, ECDH, over
// the JDK's JCA and Bouncy Castle (CryptoBinding). What is not built yet is absent, not stubbed.

const hash = require('internal/crypto_hash');
const random = require('internal/crypto_random');
const kdf = require('internal/crypto_kdf');
const cipher = require('internal/crypto_cipher');
const keys = require('internal/crypto_keys');
const sig = require('internal/crypto_sig');
const { X509Certificate } = require('internal/crypto_x509');
const prime = require('internal/crypto_prime');
const dh = require('internal/crypto_dh');
const keygen = require('internal/crypto_keygen');

function createHash(algorithm, options) {
  return new hash.Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new hash.Hmac(hmac, key, options);
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

const web = require('internal/crypto_webcrypto');
const webcrypto = web.webcrypto;

// KeyObject.from(cryptoKey) and keyObject.toCryptoKey(algorithm, extractable, keyUsages)
Object.defineProperty(keys.KeyObject, 'from', { value: function from(key) { return web.keyObjectFrom(key); },
  writable: true, configurable: true });
// (on SecretKeyObject and AsymmetricKeyObject, as in Node).
for (const proto of [keys.SecretKeyObject.prototype, Object.getPrototypeOf(keys.PublicKeyObject.prototype)]) {
  Object.defineProperty(proto, 'toCryptoKey', {
    value: function toCryptoKey(algorithm, extractable, keyUsages) {
      return web.toCryptoKey(this, algorithm, extractable, keyUsages);
    },
    writable: true, configurable: true,
  });
}

function getRandomValues(array) {
  return webcrypto.getRandomValues(array);
}

module.exports = {
  checkPrime: prime.checkPrime,
  checkPrimeSync: prime.checkPrimeSync,
  createHash,
  createHmac,
  createCipheriv: cipher.createCipheriv,
  createDecipheriv: cipher.createDecipheriv,
  createSecretKey: keys.createSecretKey,
  createPublicKey: keys.createPublicKey,
  createPrivateKey: keys.createPrivateKey,
  createSign: sig.createSign,
  createVerify: sig.createVerify,
  createECDH: sig.createECDH,
  createDiffieHellman: dh.createDiffieHellman,
  createDiffieHellmanGroup: dh.createDiffieHellmanGroup,
  getDiffieHellman: dh.createDiffieHellmanGroup,
  diffieHellman: sig.diffieHellman,
  sign: sig.sign,
  verify: sig.verify,
  publicEncrypt: sig.publicEncrypt,
  privateDecrypt: sig.privateDecrypt,
  privateEncrypt: sig.privateEncrypt,
  publicDecrypt: sig.publicDecrypt,
  generateKeyPair: keygen.generateKeyPair,
  generateKeyPairSync: keygen.generateKeyPairSync,
  getCurves: keys.getCurves,
  generatePrime: prime.generatePrime,
  generatePrimeSync: prime.generatePrimeSync,
  getCiphers: cipher.getCiphers,
  getCipherInfo: cipher.getCipherInfo,
  getHashes: hash.getHashes,
  hash: hash.hash,
  hkdf: kdf.hkdf,
  hkdfSync: kdf.hkdfSync,
  pbkdf2: kdf.pbkdf2,
  pbkdf2Sync: kdf.pbkdf2Sync,
  generateKey: keys.generateKey,
  generateKeySync: keys.generateKeySync,
  randomBytes: random.randomBytes,
  randomFill: random.randomFill,
  randomFillSync: random.randomFillSync,
  randomInt: random.randomInt,
  randomUUID: random.randomUUID,
  scrypt: kdf.scrypt,
  scryptSync: kdf.scryptSync,
  timingSafeEqual: random.timingSafeEqual,
  getFips() { return 0; },
  Cipheriv: cipher.Cipheriv,
  Decipheriv: cipher.Decipheriv,
  Hash: hash.PublicHash,
  Hmac: hash.Hmac,
  Sign: sig.Sign,
  Verify: sig.Verify,
  ECDH: sig.ECDH,
  DiffieHellman: dh.DiffieHellman,
  DiffieHellmanGroup: dh.DiffieHellmanGroup,
  KeyObject: keys.KeyObject,
  X509Certificate,
  constants,
  webcrypto,
  subtle: web.subtle,
  getRandomValues,
};

// Deprecated aliases Node still exposes, non-enumerable.
Object.defineProperty(module.exports, 'pseudoRandomBytes', {
  value: random.randomBytes, writable: true, configurable: true, enumerable: false,
});
