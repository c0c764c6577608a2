'use strict';
// The Web Crypto algorithm registry (which algorithm serves which operation, with which
// parameter dictionary) and the spec's "normalize an algorithm" step over it. Node 25 with OpenSSL
// 3.5 also has Argon2, ML-DSA and ML-KEM here; node4j's Web Crypto does not yet (NotSupportedError).
const { conv } = require('internal/crypto_webidl');

const dom = (message, name) => new DOMException(message, name);

const RSA = ['RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP'];
const AES = ['AES-CTR', 'AES-CBC', 'AES-GCM', 'AES-KW', 'AES-OCB'];
const CFRG = ['Ed25519', 'Ed448', 'X25519', 'X448'];
const KMAC = ['KMAC128', 'KMAC256'];
const ASYM = [...RSA, 'ECDSA', 'ECDH', ...CFRG];

/** Web Crypto hash name -> [node digest, output bits, block bits]. */
const HASHES = {
  'SHA-1': ['sha1', 160, 512], 'SHA-256': ['sha256', 256, 512], 'SHA-384': ['sha384', 384, 1024],
  'SHA-512': ['sha512', 512, 1024], 'SHA3-256': ['sha3-256', 256, 1088], 'SHA3-384': ['sha3-384', 384, 832],
  'SHA3-512': ['sha3-512', 512, 576],
};

function table(...groups) {
  const t = {};
  for (const [names, dict] of groups) for (const n of names) t[n] = dict;
  return t;
}

const sign = table([['RSASSA-PKCS1-v1_5', 'Ed25519', 'HMAC'], null], [['RSA-PSS'], 'RsaPssParams'],
  [['ECDSA'], 'EcdsaParams'], [['Ed448'], 'ContextParams'], [KMAC, 'KmacParams']);
const encrypt = table([['RSA-OAEP'], 'RsaOaepParams'], [['AES-CTR'], 'AesCtrParams'], [['AES-CBC'], 'AesCbcParams'],
  [['AES-GCM', 'AES-OCB', 'ChaCha20-Poly1305'], 'AeadParams']);

const REGISTRY = {
  digest: table([Object.keys(HASHES), null], [['cSHAKE128', 'cSHAKE256'], 'CShakeParams']),
  generateKey: table([RSA, 'RsaHashedKeyGenParams'], [['ECDSA', 'ECDH'], 'EcKeyGenParams'],
    [[...CFRG, 'ChaCha20-Poly1305'], null], [['HMAC'], 'HmacKeyGenParams'], [AES, 'AesKeyGenParams'],
    [KMAC, 'KmacKeyGenParams']),
  sign,
  verify: sign,
  importKey: table([RSA, 'RsaHashedImportParams'], [['ECDSA', 'ECDH'], 'EcKeyImportParams'],
    [[...CFRG, ...AES, 'ChaCha20-Poly1305', 'HKDF', 'PBKDF2'], null], [['HMAC'], 'HmacImportParams'],
    [KMAC, 'KmacImportParams']),
  exportKey: table([[...ASYM, 'HMAC', ...AES, 'ChaCha20-Poly1305', ...KMAC], null]),
  encrypt,
  decrypt: encrypt,
  deriveBits: table([['ECDH', 'X25519', 'X448'], 'EcdhKeyDeriveParams'], [['HKDF'], 'HkdfParams'],
    [['PBKDF2'], 'Pbkdf2Params']),
  wrapKey: table([['AES-KW'], null]),
  unwrapKey: table([['AES-KW'], null]),
  'get key length': table([AES, 'AesDerivedKeyParams'], [['HMAC'], 'HmacImportParams'],
    [['HKDF', 'PBKDF2', 'ChaCha20-Poly1305'], null], [KMAC, 'KmacImportParams']),
  getPublicKey: table([ASYM, null]),
  encapsulate: {},
  decapsulate: {},
};

// Node marks these as experimental and warns once when one is first used.
const EXPERIMENTAL = new Set(['Ed448', 'X448', ...KMAC, 'ChaCha20-Poly1305', 'AES-OCB', 'SHA3-256',
  'SHA3-384', 'SHA3-512', 'cSHAKE128', 'cSHAKE256']);
const warned = new Set();

function experimental(name, kind = 'algorithm') {
  if (warned.has(name)) return;
  warned.add(name);
  process.emitWarning(`The ${name} Web Crypto API ${kind} is an experimental feature and might change at any time`,
    'ExperimentalWarning');
}

const NORMALIZE = { prefix: 'Failed to normalize algorithm', context: 'passed algorithm' };

/**
 * The spec's normalize-an-algorithm for `op`: resolves the registered name (case-insensitively),
 * converts the parameters with its dictionary, copies BufferSource members and normalizes hashes.
 * quiet: no experimental warnings (SubtleCrypto.supports).
 */
function normalizeAlgorithm(algorithm, op, quiet = false) {
  if (typeof algorithm === 'string') return normalizeAlgorithm({ name: algorithm }, op, quiet);
  const registered = REGISTRY[op];
  const wanted = conv.Algorithm(algorithm, NORMALIZE).name.toUpperCase();
  const name = Object.keys(registered).find((n) => n.toUpperCase() === wanted);
  if (name === undefined) throw dom('Unrecognized algorithm name', 'NotSupportedError');
  if (!quiet && EXPERIMENTAL.has(name)) experimental(name);
  const dict = registered[name];
  if (dict === null) return { name };
  const converter = conv[dict];
  const out = converter(algorithm, NORMALIZE);
  out.name = name;
  for (const member of converter.members) {
    const v = out[member.key];
    if (v === undefined) continue;
    if (member.conv === conv.BufferSource) out[member.key] = copyBytes(v);
    else if (member.key === 'hash') out.hash = normalizeAlgorithm(v, 'digest', quiet);
  }
  return out;
}

/** A private Uint8Array copy of a BufferSource. */
function copyBytes(v) {
  const view = ArrayBuffer.isView(v) ? new Uint8Array(v.buffer, v.byteOffset, v.byteLength) : new Uint8Array(v);
  return view.slice();
}

/** Node's digest name for a normalized hash algorithm. */
function digestOf(hash) {
  return HASHES[hash.name][0];
}

function hashBits(hash) {
  return HASHES[hash.name][1];
}

/** HMAC's default key length: the hash block size; SHA-3 has no agreed default yet. */
function hmacDefaultLength(hash) {
  if (hash.name.startsWith('SHA3-')) throw dom('Explicit algorithm length member is required', 'NotSupportedError');
  return HASHES[hash.name][2];
}

module.exports = {
  REGISTRY, RSA, AES, CFRG, KMAC, ASYM, HASHES, normalizeAlgorithm, copyBytes, digestOf, hashBits, hmacDefaultLength,
  experimental,
};
