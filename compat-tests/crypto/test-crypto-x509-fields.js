// covers: crypto.X509Certificate.prototype.ca, crypto.X509Certificate.prototype.checkEmail
// covers: crypto.X509Certificate.prototype.checkIssued, crypto.X509Certificate.prototype.checkPrivateKey
// covers: crypto.X509Certificate.prototype.fingerprint, crypto.X509Certificate.prototype.fingerprint512
// covers: crypto.X509Certificate.prototype.infoAccess, crypto.X509Certificate.prototype.issuer
// covers: crypto.X509Certificate.prototype.issuerCertificate, crypto.X509Certificate.prototype.keyUsage
// covers: crypto.X509Certificate.prototype.raw, crypto.X509Certificate.prototype.serialNumber
// covers: crypto.X509Certificate.prototype.signatureAlgorithm, crypto.X509Certificate.prototype.signatureAlgorithmOid
// covers: crypto.X509Certificate.prototype.subjectAltName, crypto.X509Certificate.prototype.toJSON
// covers: crypto.X509Certificate.prototype.toLegacyObject, crypto.X509Certificate.prototype.toString
// covers: crypto.X509Certificate.prototype.validFrom, crypto.X509Certificate.prototype.validFromDate
// covers: crypto.X509Certificate.prototype.validTo, crypto.X509Certificate.prototype.validToDate
'use strict';
// fixtures/x509_ca_cert.pem: self-signed CA (key fixtures/rsa_private.pem), serial 0A11CE.
// fixtures/x509_leaf_cert.pem: issued by it for fixtures/ec_p256_private.pem, serial C0FFEE01,
// with SAN (DNS, wildcard DNS, email, IPv4, IPv6, URI), key usage, extended key usage
// serverAuth+clientAuth and authority information access (OCSP + CA issuers). Made with openssl.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const caPem = common.fixtures.readSync('x509_ca_cert.pem', 'latin1');
const leafPem = common.fixtures.readSync('x509_leaf_cert.pem', 'latin1');
const ca = new crypto.X509Certificate(caPem);
const leaf = new crypto.X509Certificate(Buffer.from(leafPem));
const ecPrivate = crypto.createPrivateKey(common.fixtures.readSync('ec_p256_private.pem'));
const rsaPrivate = crypto.createPrivateKey(common.fixtures.readSync('rsa_private.pem'));

// Names and issuance.
assert.strictEqual(leaf.subject, 'C=US\nST=California\nO=node4j\nOU=compat\nCN=leaf.compat.test');
assert.strictEqual(leaf.issuer, 'C=US\nO=node4j\nCN=node4j Test CA');
assert.strictEqual(ca.issuer, ca.subject);
assert.strictEqual(ca.ca, true);
assert.strictEqual(leaf.ca, false);
assert.strictEqual(leaf.checkIssued(ca), true);
assert.strictEqual(ca.checkIssued(ca), true);
assert.strictEqual(ca.checkIssued(leaf), false);
assert.strictEqual(leaf.checkIssued(leaf), false);
assert.strictEqual(leaf.verify(ca.publicKey), true);
assert.strictEqual(leaf.verify(leaf.publicKey), false);
// Only certificates from a TLS peer carry their issuer's certificate.
assert.strictEqual(leaf.issuerCertificate, undefined);
assert.strictEqual(ca.issuerCertificate, undefined);

// Serial numbers: upper-case hex, even number of digits.
assert.strictEqual(leaf.serialNumber, 'C0FFEE01');
assert.strictEqual(ca.serialNumber, '0A11CE');

// Signature algorithm.
assert.strictEqual(leaf.signatureAlgorithm, 'sha256WithRSAEncryption');
assert.strictEqual(leaf.signatureAlgorithmOid, '1.2.840.113549.1.1.11');
assert.strictEqual(ca.signatureAlgorithmOid, '1.2.840.113549.1.1.11');

// Extensions.
assert.strictEqual(leaf.subjectAltName,
                   'DNS:leaf.compat.test, DNS:*.wild.compat.test, email:admin@compat.test, ' +
                   'IP Address:192.168.1.10, IP Address:0:0:0:0:0:0:0:1, URI:https://compat.test/id');
assert.strictEqual(ca.subjectAltName, undefined);
assert.strictEqual(leaf.infoAccess,
                   'OCSP - URI:http://ocsp.compat.test\nCA Issuers - URI:http://ca.compat.test/ca.crt');
assert.strictEqual(ca.infoAccess, undefined);
// keyUsage lists the extended key usage OIDs (serverAuth, clientAuth).
assert.deepStrictEqual(leaf.keyUsage, ['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2']);
assert.strictEqual(ca.keyUsage, undefined);

// checkEmail against the SAN email entry.
assert.strictEqual(leaf.checkEmail('admin@compat.test'), 'admin@compat.test');
assert.strictEqual(leaf.checkEmail('other@compat.test'), undefined);
assert.strictEqual(leaf.checkEmail('admin@compat.test', { subject: 'never' }), 'admin@compat.test');
assert.strictEqual(leaf.checkEmail('admin@compat.test', { subject: 'always' }), 'admin@compat.test');
assert.strictEqual(ca.checkEmail('admin@compat.test'), undefined);
assert.throws(() => leaf.checkEmail(1),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
assert.throws(() => leaf.checkEmail('admin@compat.test', { subject: 'sometimes' }),
              common.expectsError({ code: 'ERR_INVALID_ARG_VALUE' }));
// Wildcard names and IPv6 (checkHost/checkIP have their own test; these use this SAN).
assert.strictEqual(leaf.checkHost('a.wild.compat.test'), '*.wild.compat.test');
assert.strictEqual(leaf.checkHost('a.b.wild.compat.test'), undefined);
assert.strictEqual(leaf.checkHost('a.wild.compat.test', { wildcards: false }), undefined);
assert.strictEqual(leaf.checkIP('::1'), '::1');

// checkPrivateKey: does the private key match the certificate's public key?
assert.strictEqual(leaf.checkPrivateKey(ecPrivate), true);
assert.strictEqual(leaf.checkPrivateKey(rsaPrivate), false);
assert.strictEqual(ca.checkPrivateKey(rsaPrivate), true);
assert.throws(() => leaf.checkPrivateKey(leaf.publicKey),
              common.expectsError({ code: 'ERR_INVALID_ARG_VALUE' }));
assert.throws(() => leaf.checkIssued('not a cert'),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));

// raw is the DER encoding; the PEM body is its base64.
assert.ok(Buffer.isBuffer(leaf.raw));
assert.strictEqual(leaf.raw.length, 932);
assert.strictEqual(leaf.raw.toString('base64'),
                   leafPem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, ''));

// Fingerprints: colon-separated upper-case hex of SHA-1 / SHA-256 / SHA-512 over raw.
function fp(alg, der) {
  return crypto.createHash(alg).update(der).digest('hex').toUpperCase().match(/../g).join(':');
}
assert.strictEqual(leaf.fingerprint, '5B:17:56:48:81:1D:75:6C:DC:57:12:87:9B:DB:69:BF:0E:B6:E3:B1');
assert.strictEqual(leaf.fingerprint, fp('sha1', leaf.raw));
assert.strictEqual(leaf.fingerprint512, fp('sha512', leaf.raw));
assert.strictEqual(ca.fingerprint, fp('sha1', ca.raw));
assert.strictEqual(ca.fingerprint512, fp('sha512', ca.raw));
assert.strictEqual(leaf.fingerprint512.length, 64 * 3 - 1);

// Validity.
assert.strictEqual(leaf.validFrom, 'Nov 23 14:16:04 2026 GMT');
assert.strictEqual(leaf.validTo, 'Nov 20 14:16:04 2036 GMT');
assert.strictEqual(ca.validTo, 'Oct 30 14:16:03 2126 GMT');
assert.ok(leaf.validFromDate instanceof Date);
assert.ok(leaf.validToDate instanceof Date);
assert.strictEqual(leaf.validFromDate.toISOString(), '2026-11-23T14:16:04.000Z');
assert.strictEqual(leaf.validToDate.toISOString(), '2036-11-20T14:16:04.000Z');
assert.strictEqual(ca.validToDate.getTime(), Date.UTC(2126, 9, 30, 14, 16, 3));

// toString / toJSON give the PEM text.
assert.strictEqual(leaf.toString(), leafPem);
assert.strictEqual(leaf.toJSON(), leafPem);
assert.strictEqual(`${ca}`, caPem);
assert.strictEqual(JSON.stringify({ cert: leaf }), JSON.stringify({ cert: leafPem }));

// toLegacyObject: the shape of tls getPeerCertificate().
const legacy = leaf.toLegacyObject();
assert.deepStrictEqual({ ...legacy.subject },
                       { C: 'US', ST: 'California', O: 'node4j', OU: 'compat', CN: 'leaf.compat.test' });
assert.deepStrictEqual({ ...legacy.issuer }, { C: 'US', O: 'node4j', CN: 'node4j Test CA' });
assert.strictEqual(legacy.subjectaltname, leaf.subjectAltName);
assert.deepStrictEqual({ ...legacy.infoAccess }, {
  'OCSP - URI': ['http://ocsp.compat.test'],
  'CA Issuers - URI': ['http://ca.compat.test/ca.crt'],
});
assert.strictEqual(legacy.ca, false);
assert.strictEqual(legacy.bits, 256);
assert.strictEqual(legacy.asn1Curve, 'prime256v1');
assert.strictEqual(legacy.nistCurve, 'P-256');
// pubkey is the uncompressed EC point 04 || x || y.
const jwk = leaf.publicKey.export({ format: 'jwk' });
assert.deepStrictEqual(legacy.pubkey, Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x, 'base64url'),
                                                     Buffer.from(jwk.y, 'base64url')]));
assert.strictEqual(legacy.valid_from, leaf.validFrom);
assert.strictEqual(legacy.valid_to, leaf.validTo);
assert.strictEqual(legacy.fingerprint, leaf.fingerprint);
assert.strictEqual(legacy.fingerprint256, leaf.fingerprint256);
assert.strictEqual(legacy.fingerprint512, leaf.fingerprint512);
assert.deepStrictEqual(legacy.ext_key_usage, leaf.keyUsage);
assert.strictEqual(legacy.serialNumber, 'C0FFEE01');
assert.deepStrictEqual(legacy.raw, leaf.raw);
// An RSA certificate reports modulus and exponent instead of a curve.
const caLegacy = ca.toLegacyObject();
assert.strictEqual(caLegacy.ca, true);
assert.strictEqual(caLegacy.bits, 2048);
assert.strictEqual(caLegacy.exponent, '0x10001');
assert.strictEqual(caLegacy.modulus,
                   Buffer.from(ca.publicKey.export({ format: 'jwk' }).n, 'base64url').toString('hex').toUpperCase());
