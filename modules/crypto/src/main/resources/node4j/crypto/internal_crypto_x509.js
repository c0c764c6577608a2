'use strict';
// X509Certificate over the Java X509 class (JDK certificate parsing, Bouncy Castle names/verify).
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateString } = require('internal/validators');
const { binding, fromLatin1 } = require('internal/crypto_util');
const { KeyObject, wrapAsym, kHandle } = require('internal/crypto_keys');

const asym = binding.asym();
const kCert = Symbol('kCert');
const kCache = Symbol('kCache');

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
  get infoAccess() { return undefined; }
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
  get keyUsage() { return undefined; }

  checkHost(name) {
    validateString(name, 'name');
    return this[kCert].checkHost(name) ?? undefined;
  }

  checkIP(ip) {
    validateString(ip, 'ip');
    return this[kCert].checkIP(ip) ?? undefined;
  }

  checkIssued(otherCert) {
    if (!(otherCert instanceof X509Certificate)) {
      throw new ERR_INVALID_ARG_TYPE('otherCert', 'X509Certificate', otherCert);
    }
    return this.issuer === otherCert.subject && this.verify(otherCert.publicKey);
  }

  checkPrivateKey(pkey) {
    if (!(pkey instanceof KeyObject) || pkey.type !== 'private') {
      throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    }
    return asym.publicOf(pkey[kHandle].key).sameAs(this[kCert].publicKey());
  }

  verify(pkey) {
    if (!(pkey instanceof KeyObject) || pkey.type !== 'public') {
      throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    }
    return this[kCert].verify(pkey[kHandle].key);
  }

  toString() { return this[kCert].pem(); }
  toJSON() { return this.toString(); }

  toLegacyObject() {
    return { subject: this.subject, issuer: this.issuer, subjectaltname: this.subjectAltName,
      valid_from: this.validFrom, valid_to: this.validTo, fingerprint: this.fingerprint,
      fingerprint256: this.fingerprint256, fingerprint512: this.fingerprint512, serialNumber: this.serialNumber,
      ca: this.ca, raw: this.raw };
  }
}

module.exports = { X509Certificate };
