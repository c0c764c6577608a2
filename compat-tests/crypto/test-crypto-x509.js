// covers: crypto.X509Certificate, crypto.X509Certificate.prototype.subject, crypto.X509Certificate.prototype.checkHost, crypto.X509Certificate.prototype.checkIP, crypto.X509Certificate.prototype.verify, crypto.X509Certificate.prototype.publicKey, crypto.X509Certificate.prototype.fingerprint256
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const pem = common.fixtures.readSync('ec_p256_cert.pem');
const cert = new crypto.X509Certificate(pem);

assert.strictEqual(cert.subject, 'C=US\nO=node4j\nCN=compat.test');
assert.strictEqual(cert.issuer, cert.subject);  // self-signed
assert.strictEqual(cert.serialNumber, '4837BD75486A42F40D1463E306CB04F9FFCB791B');
assert.strictEqual(cert.fingerprint256,
                   '49:D7:07:27:E7:4F:B5:12:43:99:8E:A1:7F:7F:F9:C2:59:E4:54:DB:E1:81:7A:16:2A:CB:A2:AA:22:DF:55:3C');
assert.strictEqual(cert.subjectAltName, 'DNS:compat.test, DNS:www.compat.test, IP Address:127.0.0.1');
// openssl req -x509 marks self-signed certificates with basicConstraints CA:TRUE.
assert.strictEqual(cert.ca, true);

assert.strictEqual(cert.checkHost('compat.test'), 'compat.test');
assert.strictEqual(cert.checkHost('www.compat.test'), 'www.compat.test');
assert.strictEqual(cert.checkHost('other.test'), undefined);
assert.strictEqual(cert.checkIP('127.0.0.1'), '127.0.0.1');
assert.strictEqual(cert.checkIP('10.0.0.1'), undefined);

// The embedded public key matches the fixture key pair.
const pub = crypto.createPublicKey(common.fixtures.readSync('ec_p256_public.pem'));
assert.ok(cert.publicKey.equals(pub));
assert.strictEqual(cert.verify(pub), true);
assert.strictEqual(cert.checkPrivateKey(crypto.createPrivateKey(common.fixtures.readSync('ec_p256_private.pem'))),
                   true);
assert.strictEqual(cert.verify(crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey), false);

// DER round trip.
const again = new crypto.X509Certificate(cert.raw);
assert.strictEqual(again.fingerprint256, cert.fingerprint256);
assert.strictEqual(String(cert.toString()).trim(), pem.toString().trim());

assert.throws(() => new crypto.X509Certificate('garbage'), (err) => {
  assert.match(err.code, /^ERR_OSSL_/);
  return true;
});
