'use strict';
// generateKeyPair / generateKeyPairSync: option validation in Node's order (type options, then the
// key encodings), generation in Java (AsymBinding), optional export of each half.
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { validateObject, validateString, validateFunction, validateInt32, validateUint32 } =
  require('internal/validators');
const { nextTick } = require('internal/core');
const { binding, cryptoError } = require('internal/crypto_util');
const { wrapAsym } = require('internal/crypto_keys');

const asym = binding.asym();

function incompatiblePair(a, b) {
  return cryptoError(TypeError, 'ERR_INCOMPATIBLE_OPTION_PAIR',
    `Option "${a}" cannot be used in combination with option "${b}"`);
}

/** Validated key encoding options (undefined: return a KeyObject). */
function parseEncoding(enc, name, isPublic) {
  if (enc == null) return undefined;
  if (typeof enc !== 'object') throw new ERR_INVALID_ARG_VALUE(`options.${name}`, enc);
  const { format, type } = enc;
  if (format !== 'pem' && format !== 'der' && format !== 'jwk') {
    throw new ERR_INVALID_ARG_VALUE(`options.${name}.format`, format);
  }
  if (format !== 'jwk') {
    const allowed = isPublic ? ['pkcs1', 'spki'] : ['pkcs1', 'pkcs8', 'sec1'];
    if (!allowed.includes(type)) throw new ERR_INVALID_ARG_VALUE(`options.${name}.type`, type);
  }
  if (!isPublic && enc.cipher != null) {
    if (typeof enc.cipher !== 'string') throw new ERR_INVALID_ARG_VALUE(`options.${name}.cipher`, enc.cipher);
    if (format === 'der' && (type === 'pkcs1' || type === 'sec1')) {
      throw cryptoError(Error, 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS',
        `The selected key encoding ${type} does not support encryption.`);
    }
    const p = enc.passphrase;
    if (typeof p !== 'string' && !ArrayBuffer.isView(p)) {
      throw new ERR_INVALID_ARG_VALUE(`options.${name}.passphrase`, p);
    }
    if (binding.cipherInfo(enc.cipher) == null) {
      throw cryptoError(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
    }
  }
  return enc;
}

function encode(keyObject, enc) {
  if (enc === undefined) return keyObject;
  if (enc.format === 'jwk') return keyObject.export({ format: 'jwk' });
  return keyObject.export(enc);
}

/** Validates options and returns a function that makes the Java private key. */
function plan(type, options) {
  validateString(type, 'type');
  if (options !== undefined) validateObject(options, 'options');
  const need = () => {
    if (options == null) throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    return options;
  };
  switch (type) {
    case 'rsa': case 'rsa-pss': {
      const { modulusLength } = need();
      validateUint32(modulusLength, 'options.modulusLength');
      let { publicExponent } = options;
      if (publicExponent == null) publicExponent = 0x10001;
      else validateUint32(publicExponent, 'options.publicExponent');
      if (type === 'rsa') return () => asym.generate('rsa', modulusLength, publicExponent, null);
      const { hashAlgorithm, mgf1HashAlgorithm, saltLength } = options;
      if (hashAlgorithm !== undefined) validateString(hashAlgorithm, 'options.hashAlgorithm');
      if (mgf1HashAlgorithm !== undefined) validateString(mgf1HashAlgorithm, 'options.mgf1HashAlgorithm');
      if (saltLength !== undefined) validateInt32(saltLength, 'options.saltLength', 0);
      const digest = (d) => {
        if (d === undefined) return null;
        const n = binding.digestName(d);
        if (n == null) throw cryptoError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid MGF1 digest: ${d}`);
        return n;
      };
      const h = hashAlgorithm === undefined ? null : binding.digestName(hashAlgorithm);
      if (hashAlgorithm !== undefined && h == null) {
        throw cryptoError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${hashAlgorithm}`);
      }
      const m = digest(mgf1HashAlgorithm);
      return () => asym.generateRsaPss(modulusLength, publicExponent, h, m, saltLength === undefined ? -1 : saltLength);
    }
    case 'dsa': {
      const { modulusLength } = need();
      validateUint32(modulusLength, 'options.modulusLength');
      let { divisorLength } = options;
      if (divisorLength == null) divisorLength = -1;
      else validateInt32(divisorLength, 'options.divisorLength', 0);
      return () => asym.generateDsa(modulusLength, divisorLength);
    }
    case 'ec': {
      const { namedCurve } = need();
      validateString(namedCurve, 'options.namedCurve');
      const { paramEncoding } = options;
      if (paramEncoding != null && paramEncoding !== 'named' && paramEncoding !== 'explicit') {
        throw new ERR_INVALID_ARG_VALUE('options.paramEncoding', paramEncoding);
      }
      if (!asym.knownCurve(namedCurve)) throw cryptoError(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
      return () => asym.generate('ec', 0, 0, namedCurve);
    }
    case 'ed25519': case 'ed448': case 'x25519': case 'x448':
      return () => asym.generate(type, 0, 0, null);
    case 'ml-kem-512': case 'ml-kem-768': case 'ml-kem-1024':
      return () => binding.kem().generate(type);
    case 'dh': {
      const { group, primeLength, prime, generator } = need();
      if (group != null) {
        if (prime != null) throw incompatiblePair('group', 'prime');
        if (primeLength != null) throw incompatiblePair('group', 'primeLength');
        if (generator != null) throw incompatiblePair('group', 'generator');
        validateString(group, 'options.group');
        if (binding.dh().group(group) === null) {
          throw cryptoError(Error, 'ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group');
        }
        return () => asym.generateDh(group, null, 0, 0, 0, 0);
      }
      if (prime != null) {
        if (primeLength != null) throw incompatiblePair('prime', 'primeLength');
        if (!ArrayBuffer.isView(prime)) {
          throw new ERR_INVALID_ARG_TYPE('options.prime', ['Buffer', 'TypedArray', 'DataView'], prime);
        }
      } else if (primeLength != null) {
        validateInt32(primeLength, 'options.primeLength', 0);
      } else {
        throw cryptoError(TypeError, 'ERR_MISSING_OPTION',
          'At least one of the group, prime, or primeLength options is required');
      }
      let g = 2;
      if (generator != null) { validateInt32(generator, 'options.generator', 0); g = generator; }
      if (prime != null) {
        const u8 = new Uint8Array(prime.buffer, prime.byteOffset, prime.byteLength);
        return () => asym.generateDh(null, u8.buffer, u8.byteOffset, u8.byteLength, 0, g);
      }
      return () => asym.generateDh(null, null, 0, 0, primeLength, g);
    }
    default:
      throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  }
}

function prepare(type, options) {
  const make = plan(type, options);
  const o = options || {};
  const pubEnc = parseEncoding(o.publicKeyEncoding, 'publicKeyEncoding', true);
  const privEnc = parseEncoding(o.privateKeyEncoding, 'privateKeyEncoding', false);
  return () => {
    const key = make();
    const privateKey = wrapAsym(key);
    const publicKey = wrapAsym(asym.publicOf(key));
    return { publicKey: encode(publicKey, pubEnc), privateKey: encode(privateKey, privEnc) };
  };
}

function generateKeyPairSync(type, options) {
  return prepare(type, options)();
}

function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  const run = prepare(type, options);
  validateFunction(callback, 'callback');
  let res;
  try {
    res = run();
  } catch (err) {
    nextTick(callback, err);
    return;
  }
  nextTick(callback, null, res.publicKey, res.privateKey);
}

// util.promisify(generateKeyPair) resolves to { publicKey, privateKey }.
Object.defineProperty(generateKeyPair, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: false, configurable: true,
  value: function generateKeyPair(type, options) {
    return new Promise((resolve, reject) => {
      module.exports.generateKeyPair(type, options, (err, publicKey, privateKey) => {
        if (err) reject(err); else resolve({ publicKey, privateKey });
      });
    });
  },
});

module.exports = { generateKeyPair, generateKeyPairSync };
