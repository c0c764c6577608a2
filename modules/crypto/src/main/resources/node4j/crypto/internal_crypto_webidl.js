'use strict';
// WebIDL argument conversion for Web Crypto: the converters and algorithm dictionaries of the
// W3C Web Crypto (and modern algorithms) specs, failing with Node's TypeError codes and texts
// ("Failed to execute 'x' on 'SubtleCrypto': 2nd argument is not ...").
const { cryptoError } = require('internal/crypto_util');

const dom = (message, name) => new DOMException(message, name);

/** A coded TypeError whose message names where the bad value came from (prefix: context ...). */
function idlError(message, opts = {}, code = opts.code || 'ERR_INVALID_ARG_TYPE') {
  const head = opts.prefix ? `${opts.prefix}: ` : '';
  const where = opts.context === '' ? '' : `${opts.context === undefined ? 'Value' : opts.context} `;
  return cryptoError(TypeError, code, head + where + message);
}

function idlType(v) {
  if (v === null) return 'Null';
  const t = typeof v;
  if (t === 'object' || t === 'function') return 'Object';
  return t === 'undefined' ? 'Undefined' : t;
}

function toNumber(v, opts) {
  if (typeof v === 'bigint') throw idlError('is a BigInt and cannot be converted to a number.', opts);
  if (typeof v === 'symbol') throw idlError('is a Symbol and cannot be converted to a number.', opts);
  return Number(v);
}

/** An unsigned integer type of `bits` bits with [EnforceRange] (the only kind Web Crypto uses). */
function unsignedInteger(bits) {
  const max = 2 ** bits - 1;
  return (v, opts = {}) => {
    const x = toNumber(v, opts);
    if (!Number.isFinite(x)) throw idlError('is not a finite number.', opts);
    const n = Math.trunc(x);
    if (n < 0 || n > max) throw idlError(`is outside the expected range of 0 to ${max}.`, opts, 'ERR_OUT_OF_RANGE');
    return n;
  };
}

const conv = {};
conv.boolean = (v) => !!v;
/** unsigned long without [EnforceRange]: wraps modulo 2^32 (deriveBits' length). */
conv.ulongModulo = (v, opts = {}) => {
  const x = Math.trunc(toNumber(v, opts));
  return Number.isFinite(x) ? ((x % 2 ** 32) + 2 ** 32) % 2 ** 32 : 0;
};
conv.octet = unsignedInteger(8);
conv.ushort = unsignedInteger(16);
conv.ulong = unsignedInteger(32);

conv.DOMString = (v, opts = {}) => {
  if (typeof v === 'string') return v;
  if (typeof v === 'symbol') throw idlError('is a Symbol and cannot be converted to a string.', opts);
  return String(v);
};

conv.object = (v, opts = {}) => {
  if (idlType(v) !== 'Object') throw idlError('is not an object.', opts);
  return v;
};

function isShared(buf) {
  return typeof SharedArrayBuffer === 'function' && buf instanceof SharedArrayBuffer;
}

conv.BufferSource = (v, opts = {}) => {
  if (ArrayBuffer.isView(v)) {
    if (isShared(v.buffer)) throw idlError('is a view on a SharedArrayBuffer, which is not allowed.', opts);
    return v;
  }
  if (!(v instanceof ArrayBuffer)) {
    throw idlError('is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.', opts);
  }
  return v;
};

conv.Uint8Array = (v, opts = {}) => {
  if (!(v instanceof Uint8Array)) throw idlError('is not an Uint8Array object.', opts);
  if (isShared(v.buffer)) throw idlError('is a view on a SharedArrayBuffer, which is not allowed.', opts);
  return v;
};

function sequence(item) {
  return (v, opts = {}) => {
    const iter = idlType(v) === 'Object' && typeof v[Symbol.iterator] === 'function' ? v[Symbol.iterator]() : null;
    if (iter === null) throw idlError('can not be converted to sequence.', opts);
    const out = [];
    for (;;) {
      const step = iter.next();
      if (step === null || typeof step !== 'object') throw idlError('can not be converted to sequence.', opts);
      if (step.done) return out;
      const where = opts.context === undefined ? `Value[${out.length}]` : `${opts.context}[${out.length}]`;
      out.push(item(step.value, { ...opts, context: where }));
    }
  };
}

function enumeration(name, values) {
  const set = new Set(values);
  return (v, opts = {}) => {
    const s = String(v);
    if (!set.has(s)) {
      throw idlError(`value '${s}' is not a valid enum value of type ${name}.`, opts, 'ERR_INVALID_ARG_VALUE');
    }
    return s;
  };
}

conv.KeyFormat = enumeration('KeyFormat',
  ['raw', 'raw-public', 'raw-seed', 'raw-secret', 'raw-private', 'pkcs8', 'spki', 'jwk']);
conv.KeyUsage = enumeration('KeyUsage', ['encrypt', 'decrypt', 'sign', 'verify', 'deriveKey', 'deriveBits',
  'wrapKey', 'unwrapKey', 'encapsulateBits', 'decapsulateBits', 'encapsulateKey', 'decapsulateKey']);
conv['sequence<KeyUsage>'] = sequence(conv.KeyUsage);
conv['sequence<DOMString>'] = sequence(conv.DOMString);

/** (object or DOMString): objects pass through, anything else becomes a string. */
conv.AlgorithmIdentifier = (v, opts) => (idlType(v) === 'Object' ? v : conv.DOMString(v, opts));

conv.CryptoKey = (v, opts = {}) => {
  if (!require('internal/crypto_webcrypto_keys').isCryptoKey(v)) throw idlError('is not of type CryptoKey.', opts);
  return v;
};

/**
 * A dictionary converter: members are read in sorted key order, each converted and then checked
 * by its validator (which throws the DOMException Node gives for a bad value).
 */
function dictionary(name, members) {
  const sorted = members.slice().sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const anyRequired = sorted.some((m) => m.required);
  const convert = (v, opts = {}) => {
    const t = idlType(v);
    if (t !== 'Undefined' && t !== 'Null' && t !== 'Object') {
      throw idlError('can not be converted to a dictionary', opts);
    }
    const out = {};
    if (v == null && !anyRequired) return out;
    for (const m of sorted) {
      const value = v == null ? undefined : v[m.key];
      if (value !== undefined) {
        const context = `'${m.key}' of '${name}'${opts.context ? ` (${opts.context})` : ''}`;
        const converted = m.conv(value, { ...opts, context });
        if (m.check) m.check(converted, v);
        out[m.key] = converted;
      } else if (m.required) {
        throw idlError(`can not be converted to '${name}' because '${m.key}' is required in '${name}'.`, opts,
          'ERR_MISSING_OPTION');
      }
    }
    return out;
  };
  convert.members = sorted;   // normalizeAlgorithm copies BufferSource members and normalizes hashes
  return convert;
}

// ---- member validators ----------------------------------------------------------------------

function ensureSHA(dictName) {
  return (v) => {
    const n = typeof v === 'string' ? v : v.name;
    if (typeof n !== 'string' || !n.toLowerCase().startsWith('sha')) {
      throw dom(`Only SHA hashes are supported in ${dictName}`, 'NotSupportedError');
    }
  };
}

function exactBytes(label, n) {
  return (v) => {
    if (v.byteLength !== n) throw dom(`${label} must contain exactly ${n} bytes`, 'OperationError');
  };
}

function aesLength(v) {
  if (v !== 128 && v !== 192 && v !== 256) throw dom('AES key length must be 128, 192, or 256 bits', 'OperationError');
}

function zeroLengthOnly(label) {
  return (v) => {
    if (v.byteLength) throw dom(`Non zero-length ${label} is not supported.`, 'NotSupportedError');
  };
}

function macKeyLength(label, zeroError) {
  return (v) => {
    if (v === 0) throw dom(`${label} cannot be 0`, zeroError);
    // Key lengths that are not whole bytes are allowed by the spec but not supported (as in Node).
    if (v % 8) throw dom(`Unsupported ${label}`, 'NotSupportedError');
  };
}

function outputLength(dictName) {
  return (v) => {
    if (v % 8) throw dom(`Unsupported ${dictName} length`, 'NotSupportedError');
  };
}

const NAMED_CURVES = ['P-256', 'P-384', 'P-521'];

function namedCurve(v) {
  if (!NAMED_CURVES.includes(v)) throw dom('Unrecognized namedCurve', 'NotSupportedError');
}

const MAX_BUFFER = 2 ** 31 - 1;

function maxBuffer(label) {
  return (v) => {
    if (v.byteLength > MAX_BUFFER) throw dom(`${label} must be less than ${MAX_BUFFER + 1} bits`, 'OperationError');
  };
}

const aeadTags = { 'aes-gcm': [32, 64, 96, 104, 112, 120, 128], 'aes-ocb': [64, 96, 128], 'chacha20-poly1305': [128] };
const aeadNames = { 'aes-gcm': 'AES-GCM', 'aes-ocb': 'AES-OCB', 'chacha20-poly1305': 'ChaCha20-Poly1305' };

function aeadIv(v, dict) {
  const n = String(dict.name).toLowerCase();
  if (n === 'chacha20-poly1305') exactBytes('algorithm.iv', 12)(v);
  else if (n === 'aes-gcm') maxBuffer('algorithm.iv')(v);
  else if (n === 'aes-ocb' && v.byteLength > 15) {
    throw dom('AES-OCB algorithm.iv must be no more than 15 bytes', 'OperationError');
  }
}

function aeadTag(v, dict) {
  const n = String(dict.name).toLowerCase();
  if (aeadTags[n] && !aeadTags[n].includes(v)) {
    throw dom(`${v} is not a valid ${aeadNames[n]} tag length`, 'OperationError');
  }
}

function ecdhPublic(v, dict) {
  const { kAlgorithm } = require('internal/crypto_webcrypto_keys');
  if (v.type !== 'public') throw dom('algorithm.public must be a public key', 'InvalidAccessError');
  if (v[kAlgorithm].name.toLowerCase() !== String(dict.name).toLowerCase()) {
    throw dom('key algorithm mismatch', 'InvalidAccessError');
  }
}

// ---- dictionaries ---------------------------------------------------------------------------

const m = (key, c, extra = {}) => ({ key, conv: c, ...extra });
const req = (key, c, check) => ({ key, conv: c, required: true, check });
const name = req('name', conv.DOMString);
const hashOf = (dict) => req('hash', conv.AlgorithmIdentifier, ensureSHA(dict));
const def = (dict, ...members) => { conv[dict] = dictionary(dict, [name, ...members]); };

def('Algorithm');
def('RsaHashedKeyGenParams', req('modulusLength', conv.ulong), req('publicExponent', conv.Uint8Array),
  hashOf('RsaHashedKeyGenParams'));
def('RsaHashedImportParams', hashOf('RsaHashedImportParams'));
def('EcKeyGenParams', req('namedCurve', conv.DOMString, namedCurve));
def('EcKeyImportParams', req('namedCurve', conv.DOMString, namedCurve));
def('AesKeyGenParams', req('length', conv.ushort, aesLength));
def('AesDerivedKeyParams', req('length', conv.ushort, aesLength));
def('RsaPssParams', req('saltLength', conv.ulong));
def('RsaOaepParams', m('label', conv.BufferSource));
def('EcdsaParams', hashOf('EcdsaParams'));
def('HmacKeyGenParams', hashOf('HmacKeyGenParams'),
  m('length', conv.ulong, { check: macKeyLength('HmacKeyGenParams.length', 'OperationError') }));
def('HmacImportParams', hashOf('HmacImportParams'),
  m('length', conv.ulong, { check: macKeyLength('HmacImportParams.length', 'DataError') }));
def('KmacKeyGenParams', m('length', conv.ulong, { check: macKeyLength('KmacKeyGenParams.length', 'OperationError') }));
def('KmacImportParams', m('length', conv.ulong, { check: macKeyLength('KmacImportParams.length', 'DataError') }));
def('KmacParams', req('length', conv.ulong, outputLength('KmacParams')), m('customization', conv.BufferSource));
def('HkdfParams', hashOf('HkdfParams'), req('salt', conv.BufferSource), req('info', conv.BufferSource));
def('Pbkdf2Params', hashOf('Pbkdf2Params'), req('salt', conv.BufferSource),
  req('iterations', conv.ulong, (v) => {
    if (v === 0) throw dom('iterations cannot be zero', 'OperationError');
  }));
def('CShakeParams', req('length', conv.ulong, outputLength('CShakeParams')),
  m('functionName', conv.BufferSource, { check: zeroLengthOnly('CShakeParams.functionName') }),
  m('customization', conv.BufferSource, { check: zeroLengthOnly('CShakeParams.customization') }));
def('AesCbcParams', req('iv', conv.BufferSource, exactBytes('algorithm.iv', 16)));
def('AesCtrParams', req('counter', conv.BufferSource, exactBytes('algorithm.counter', 16)),
  req('length', conv.octet, (v) => {
    if (v === 0 || v > 128) throw dom('AES-CTR algorithm.length must be between 1 and 128', 'OperationError');
  }));
def('AeadParams', req('iv', conv.BufferSource, aeadIv), m('tagLength', conv.octet, { check: aeadTag }),
  m('additionalData', conv.BufferSource, { check: maxBuffer('algorithm.additionalData') }));
def('EcdhKeyDeriveParams', req('public', conv.CryptoKey, ecdhPublic));
// Ed448 contexts (OpenSSL 3.2+ in Node) are not built yet: only empty ones pass.
def('ContextParams', m('context', conv.BufferSource, { check: zeroLengthOnly('ContextParams.context') }));

const str = (key) => m(key, conv.DOMString);
conv.RsaOtherPrimesInfo = dictionary('RsaOtherPrimesInfo', [str('r'), str('d'), str('t')]);
conv.JsonWebKey = dictionary('JsonWebKey', [str('kty'), str('use'), m('key_ops', conv['sequence<DOMString>']),
  str('alg'), m('ext', conv.boolean), str('crv'), str('x'), str('y'), str('d'), str('n'), str('e'), str('p'),
  str('q'), str('dp'), str('dq'), str('qi'), str('pub'), str('priv'),
  m('oth', sequence(conv.RsaOtherPrimesInfo)), str('k')]);

/** Throws Node's ERR_MISSING_ARGS TypeError when fewer than `required` arguments were passed. */
function requiredArguments(length, required, opts = {}) {
  if (length < required) {
    throw idlError(`${required} argument${required === 1 ? '' : 's'} required, but only ${length} present.`,
      { ...opts, context: '' }, 'ERR_MISSING_ARGS');
  }
}

const ORDINALS = ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th'];

/** Converts argument i (0-based) of a SubtleCrypto method with the named converter. */
function arg(converter, value, prefix, i) {
  return conv[converter](value, { prefix, context: `${ORDINALS[i]} argument` });
}

module.exports = { conv, requiredArguments, arg, idlError, NAMED_CURVES };
