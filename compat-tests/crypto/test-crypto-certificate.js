// covers: crypto.Certificate, crypto.Certificate.exportChallenge, crypto.Certificate.exportPublicKey
// covers: crypto.Certificate.verifySpkac, crypto.Certificate.prototype.exportChallenge
// covers: crypto.Certificate.prototype.exportPublicKey, crypto.Certificate.prototype.verifySpkac
'use strict';
// fixtures/spkac_rsa.txt was made with `openssl spkac -key fixtures/rsa_private.pem
// -challenge node4j-challenge` (the base64 after "SPKAC="): a signed public key and challenge.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const { Certificate } = crypto;

const spkac = common.fixtures.readSync('spkac_rsa.txt', 'latin1').trim();
const spkacBuf = Buffer.from(spkac);
const rsaPublicPem = crypto.createPublicKey(common.fixtures.readSync('rsa_private.pem'))
  .export({ type: 'spki', format: 'pem' });

// Static functions.
assert.strictEqual(Certificate.verifySpkac(spkacBuf), true);
assert.strictEqual(Certificate.verifySpkac(new Uint8Array(spkacBuf)), true);
const challenge = Certificate.exportChallenge(spkac);
assert.ok(Buffer.isBuffer(challenge));
assert.strictEqual(challenge.toString('utf8'), 'node4j-challenge');
const pub = Certificate.exportPublicKey(spkacBuf);
assert.ok(Buffer.isBuffer(pub));
assert.strictEqual(pub.toString('latin1'), rsaPublicPem);
// The exported PEM is a usable public key equal to the fixture's.
assert.ok(crypto.createPublicKey(pub).equals(crypto.createPublicKey(rsaPublicPem)));
// A string with an encoding.
assert.strictEqual(Certificate.exportChallenge(spkacBuf.toString('hex'), 'hex').toString(),
                   'node4j-challenge');

// Flipping one bit of the signed challenge breaks the signature but not the structure.
const der = Buffer.from(spkac, 'base64');
const at = der.indexOf('node4j-challenge');
assert.ok(at > 0);
der[at] ^= 1;
const tampered = der.toString('base64');
assert.strictEqual(Certificate.verifySpkac(Buffer.from(tampered)), false);
assert.strictEqual(Certificate.exportChallenge(tampered).toString(), 'oode4j-challenge');

// Garbage is not an SPKAC: verify is false and the exports are empty.
assert.strictEqual(Certificate.verifySpkac(Buffer.from('abc')), false);
assert.strictEqual(Certificate.exportChallenge('abc').length, 0);
assert.strictEqual(Certificate.exportPublicKey('abc').length, 0);

// Argument validation.
for (const fn of ['verifySpkac', 'exportChallenge', 'exportPublicKey']) {
  for (const bad of [1, null, undefined, {}, true]) {
    assert.throws(() => Certificate[fn](bad),
                  common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
  }
}

// The legacy instance API: callable with or without `new`, same behaviour as the statics.
const viaNew = new Certificate();
// eslint-disable-next-line new-cap
const viaCall = Certificate();
assert.ok(viaNew instanceof Certificate);
assert.ok(viaCall instanceof Certificate);
for (const cert of [viaNew, viaCall]) {
  assert.strictEqual(cert.verifySpkac(spkacBuf), true);
  assert.strictEqual(cert.verifySpkac(Buffer.from(tampered)), false);
  assert.strictEqual(cert.exportChallenge(spkac).toString(), 'node4j-challenge');
  assert.strictEqual(cert.exportPublicKey(spkac).toString('latin1'), rsaPublicPem);
  assert.throws(() => cert.verifySpkac(42),
                common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
}
