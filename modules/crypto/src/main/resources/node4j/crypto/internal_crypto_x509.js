'use strict';
// X509Certificate over the Java X509 class (JDK certificate parsing, Bouncy Castle names/verify).
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE }, makeError } = require('internal/errors');
const { validateString, validateObject, validateBoolean } = require('internal/validators');
const { binding, fromLatin1 } = require('internal/crypto_util');
const { KeyObject, wrapAsym, kHandle } = require('internal/crypto_keys');

const asym = binding.asym();
const kCert = Symbol('kCert');
const kCache = Symbol('kCache');

const kSubjectModes = ['default', 'always', 'never'];

// checkHost/checkEmail options, validated in Node's order (own properties only).
function checkOptions(options) {
  if (options === undefined) return ['default', true, true, false, false];
  validateObject(options, 'options');
  const own = (key, dflt) => (Object.hasOwn(options, key) && options[key] !== undefined ? options[key] : dflt);
  const subject = own('subject', 'default');
  validateString(subject, 'options.subject');
  const flags = ['wildcards', 'partialWildcards', 'multiLabelWildcards', 'singleLabelSubdomains'].map((key, i) => {
    const value = own(key, i < 2);
    validateBoolean(value, `options.${key}`);
    return value;
  });
  if (!kSubjectModes.includes(subject)) throw new ERR_INVALID_ARG_VALUE('options.subject', subject);
  return [subject, ...flags];
}

// key, value, key, value, ... into a null-prototype object; repeated keys collect their values.
function pairsToObject(pairs, alwaysArray) {
  const out = { __proto__: null };
  for (let i = 0; i < pairs.length; i += 2) {
    const key = pairs[i];
    const value = pairs[i + 1];
    if (key in out) {
      if (Array.isArray(out[key])) out[key].push(value);
      else out[key] = [out[key], value];
    } else {
      out[key] = alwaysArray ? [value] : value;
    }
  }
  return out;
}

function toArray(javaArray) {
  return javaArray == null ? undefined : Array.from(javaArray);
}

function cached(self, name, fn) {
  const c = self[kCache];
  if (!(name in c)) c[name] = fn();
  return c[name];
}

class X509Certificate {
  constructor(buffer) {
    let cert;
    if (typeof buffer === 'string') {
      cert = asym.x509(buffer, null, 0, 0);
    } else if (ArrayBuffer.isView(buffer)) {
      const u8 = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
      const text = Buffer.from(u8).toString('latin1');
      cert = text.includes('-----BEGIN CERTIFICATE-----') ? asym.x509(text, null, 0, 0)
        : asym.x509(null, u8.buffer, u8.byteOffset, u8.byteLength);
    } else {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    this[kCert] = cert;
    this[kCache] = {};
  }

  get subject() { return cached(this, 'subject', () => this[kCert].subject()); }
  get issuer() { return cached(this, 'issuer', () => this[kCert].issuer()); }
  get subjectAltName() { return cached(this, 'san', () => this[kCert].subjectAltName() ?? undefined); }
  get infoAccess() { return cached(this, 'infoAccess', () => this[kCert].infoAccess() ?? undefined); }
  get validFrom() { return cached(this, 'validFrom', () => this[kCert].validFrom()); }
  get validTo() { return cached(this, 'validTo', () => this[kCert].validTo()); }
  get validFromDate() { return new Date(this[kCert].validFromMillis()); }
  get validToDate() { return new Date(this[kCert].validToMillis()); }
  get fingerprint() { return cached(this, 'fp1', () => this[kCert].fingerprint('SHA-1')); }
  get fingerprint256() { return cached(this, 'fp256', () => this[kCert].fingerprint('SHA-256')); }
  get fingerprint512() { return cached(this, 'fp512', () => this[kCert].fingerprint('SHA-512')); }
  get serialNumber() { return cached(this, 'serial', () => this[kCert].serialNumber()); }
  get raw() { return cached(this, 'raw', () => fromLatin1(this[kCert].raw())); }
  get publicKey() { return cached(this, 'pub', () => wrapAsym(this[kCert].publicKey())); }
  get ca() { return cached(this, 'ca', () => this[kCert].ca()); }
  get keyUsage() { return toArray(this[kCert].keyUsage()); }
  get signatureAlgorithm() { return this[kCert].signatureAlgorithm() ?? undefined; }
  get signatureAlgorithmOid() { return this[kCert].signatureAlgorithmOid(); }
  // Only certificates from a TLS peer know their issuer's certificate.
  get issuerCertificate() { return undefined; }

  checkHost(name, options) {
    validateString(name, 'name');
    const opts = checkOptions(options);
    const match = this[kCert].match();
    if (!match.validCheckName(name)) throw makeError('TypeError', 'ERR_INVALID_ARG_VALUE', 'Invalid name');
    return match.checkHost(name, ...opts) ?? undefined;
  }

  checkEmail(email, options) {
    validateString(email, 'email');
    const opts = checkOptions(options);
    const match = this[kCert].match();
    if (!match.validCheckName(email)) throw makeError('TypeError', 'ERR_INVALID_ARG_VALUE', 'Invalid name');
    return match.checkEmail(email, opts[0]) ? email : undefined;
  }

  checkIP(ip, options) {
    validateString(ip, 'ip');
    if (options !== undefined) validateObject(options, 'options');
    const match = this[kCert].match();
    if (!match.validIp(ip)) throw makeError('TypeError', 'ERR_INVALID_ARG_VALUE', 'Invalid IP');
    return match.checkIP(ip) ?? undefined;
  }

  checkIssued(otherCert) {
    if (!(otherCert instanceof X509Certificate)) {
      throw new ERR_INVALID_ARG_TYPE('otherCert', 'X509Certificate', otherCert);
    }
    return this.issuer === otherCert.subject && this.verify(otherCert.publicKey);
  }

  checkPrivateKey(pkey) {
    if (!(pkey instanceof KeyObject)) throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'private') throw new ERR_INVALID_ARG_VALUE('pkey', pkey);
    return asym.publicOf(pkey[kHandle].key).sameAs(this[kCert].publicKey());
  }

  verify(pkey) {
    if (!(pkey instanceof KeyObject)) throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'public') throw new ERR_INVALID_ARG_VALUE('pkey', pkey);
    return this[kCert].verify(pkey[kHandle].key);
  }

  toString() { return this[kCert].pem(); }
  toJSON() { return this.toString(); }

  // The shape of tls.TLSSocket#getPeerCertificate(), fields in Node's order.
  toLegacyObject() {
    const c = this[kCert];
    const infoAccess = c.infoAccessPairs();
    const bits = c.bits();
    const pubkey = c.pubkey();
    return {
      subject: pairsToObject(c.namePairs(false), false),
      issuer: pairsToObject(c.namePairs(true), false),
      subjectaltname: this.subjectAltName,
      infoAccess: infoAccess == null ? undefined : pairsToObject(infoAccess, true),
      ca: this.ca,
      modulus: c.modulus() ?? undefined,
      exponent: c.exponent() ?? undefined,
      pubkey: pubkey == null ? undefined : fromLatin1(pubkey),
      bits: bits < 0 ? undefined : bits,
      valid_from: this.validFrom,
      valid_to: this.validTo,
      fingerprint: this.fingerprint,
      fingerprint256: this.fingerprint256,
      fingerprint512: this.fingerprint512,
      ext_key_usage: this.keyUsage,
      serialNumber: this.serialNumber,
      raw: this.raw,
      asn1Curve: c.asn1Curve() ?? undefined,
      nistCurve: c.nistCurve() ?? undefined,
    };
  }
}

module.exports = { X509Certificate };
