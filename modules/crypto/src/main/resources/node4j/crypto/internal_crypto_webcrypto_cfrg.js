'use strict';
// Web Crypto Ed25519, Ed448 (signatures) and X25519, X448 (key agreement), over node:crypto's
// OKP KeyObjects.
const { binding, fromLatin1 } = require('internal/crypto_util');
const keys = require('internal/crypto_keys');
const sig = require('internal/crypto_sig');
const { generateKeyPairSync } = require('internal/crypto_keygen');
const {
  createCryptoKey, kKeyObject, dom, checkUsages, checkJwk, algMismatch, jwkOf, toArrayBuffer, asymKeyObject,
  importsPrivate, keyPair, truncateBits,
} = require('internal/crypto_webcrypto_keys');

const asym = binding.asym();

const SIGN = { public: ['verify'], private: ['sign'] };
const AGREE = { public: [], private: ['deriveKey', 'deriveBits'] };
/** Raw key size and the DER header that makes raw public key bytes an SPKI structure. */
const SHAPE = {
  Ed25519: [32, '302a300506032b6570032100'], Ed448: [57, '3043300506032b6571033a00'],
  X25519: [32, '302a300506032b656e032100'], X448: [56, '3042300506032b656f033900'],
};
const FORMATS = ['spki', 'pkcs8', 'jwk', 'raw', 'raw-public', 'KeyObject'];

const rolesOf = (name) => (name.startsWith('Ed') ? SIGN : AGREE);

function generateKey(alg, extractable, usages) {
  const roles = rolesOf(alg.name);
  checkUsages(usages, [...roles.public, ...roles.private], `Unsupported key usage for an ${alg.name} key`);
  const { publicKey, privateKey } = generateKeyPairSync(alg.name.toLowerCase());
  return keyPair(publicKey, privateKey, { name: alg.name }, extractable, usages, roles);
}

function rawSizeError(name) {
  return dom(`${name} raw keys must be exactly ${SHAPE[name][0]}-bytes`, 'DataError');
}

function importJwk(jwk, name, extractable, usages, message) {
  checkJwk(jwk, 'OKP', name.startsWith('Ed') ? 'sig' : 'enc', extractable, usages);
  if (jwk.crv !== name) throw dom('JWK "crv" Parameter and algorithm name mismatch', 'DataError');
  if (name.startsWith('Ed') && jwk.alg !== undefined && jwk.alg !== name && jwk.alg !== 'EdDSA') {
    throw algMismatch();
  }
  checkUsages(usages, jwk.d === undefined ? rolesOf(name).public : rolesOf(name).private, message);
  for (const member of ['x', 'd']) {
    if (jwk[member] !== undefined && Buffer.from(jwk[member], 'base64url').length !== SHAPE[name][0]) {
      throw dom('Invalid keyData', 'DataError', rawSizeError(name));
    }
  }
  return asymKeyObject('jwk', jwk);
}

function importKey(format, keyData, alg, extractable, usages) {
  const { name } = alg;
  if (!FORMATS.includes(format)) throw dom(`Unable to import ${name} using ${format} format`, 'NotSupportedError');
  const message = `Unsupported key usage for a ${name} key`;
  let ko;
  if (format === 'jwk') {
    ko = importJwk(keyData, name, extractable, usages, message);
  } else {
    checkUsages(usages, importsPrivate(format, keyData) ? rolesOf(name).private : rolesOf(name).public, message);
    if (format === 'raw' || format === 'raw-public') {
      if (keyData.length !== SHAPE[name][0]) throw rawSizeError(name);
      ko = asymKeyObject('spki', Buffer.concat([Buffer.from(SHAPE[name][1], 'hex'), keyData]));
    } else {
      ko = asymKeyObject(format, keyData);
    }
  }
  if (ko.asymmetricKeyType !== name.toLowerCase()) throw dom('Invalid key type', 'DataError');
  return createCryptoKey(ko, { name }, extractable, usages);
}

/** The export, or undefined when this key cannot be exported in `format`. */
function exportKey(format, key) {
  const ko = key[kKeyObject];
  const name = ko.asymmetricKeyType === 'ed25519' ? 'Ed25519' : ko.asymmetricKeyType === 'ed448' ? 'Ed448' : undefined;
  switch (format) {
    case 'spki':
      return ko.type === 'public' ? toArrayBuffer(ko.export({ format: 'der', type: 'spki' })) : undefined;
    case 'pkcs8':
      return ko.type === 'private' ? toArrayBuffer(ko.export({ format: 'der', type: 'pkcs8' })) : undefined;
    case 'raw': case 'raw-public':
      return ko.type === 'public' ? toArrayBuffer(fromLatin1(asym.rawPublic(ko[keys.kHandle].key))) : undefined;
    case 'jwk':
      return jwkOf(key, ko.export({ format: 'jwk' }), name);
    default:
      return undefined;
  }
}

function sign(alg, key, data) {
  return toArrayBuffer(sig.sign(null, data, key[kKeyObject]));
}

function verify(alg, key, data, signature) {
  try {
    return sig.verify(null, data, key[kKeyObject], signature);
  } catch {
    return false;
  }
}

/** X25519/X448: the agreed secret of baseKey and algorithm.public, cut to `length` bits. */
function deriveBits(alg, baseKey, length) {
  if (baseKey[kKeyObject].type !== 'private') throw dom('baseKey must be a private key', 'InvalidAccessError');
  const secret = sig.diffieHellman({ privateKey: baseKey[kKeyObject], publicKey: alg.public[kKeyObject] });
  return truncateBits(secret, length);
}

module.exports = { generateKey, importKey, exportKey, sign, verify, deriveBits };
