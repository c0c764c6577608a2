// covers: crypto.createSign, crypto.createVerify, crypto.Sign.prototype.update, crypto.Sign.prototype.sign, crypto.Verify.prototype.update, crypto.Verify.prototype.verify, crypto.sign, crypto.verify
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const privPem = common.fixtures.readSync('rsa_private.pem', 'ascii');
const pubPem = common.fixtures.readSync('rsa_public.pem', 'ascii');

// Streaming Sign/Verify.
const signer = crypto.createSign('SHA256');
signer.update('some ');
signer.update('data');
const sig = signer.sign(privPem);
assert.ok(Buffer.isBuffer(sig));
assert.strictEqual(sig.length, 256);  // 2048-bit key

const verifier = crypto.createVerify('SHA256');
verifier.update('some data');
assert.strictEqual(verifier.verify(pubPem, sig), true);
// A private key can verify too (public part is derived).
assert.strictEqual(crypto.createVerify('SHA256').update('some data').verify(privPem, sig), true);
assert.strictEqual(crypto.createVerify('SHA256').update('other data').verify(pubPem, sig), false);

// PKCS#1 v1.5 signatures are deterministic.
assert.deepStrictEqual(crypto.createSign('sha256').update('x').sign(privPem),
                       crypto.createSign('sha256').update('x').sign(privPem));
// Output encoding.
const hexSig = crypto.createSign('sha256').update('x').sign(privPem, 'hex');
assert.strictEqual(crypto.createVerify('sha256').update('x').verify(pubPem, hexSig, 'hex'), true);

// One-shot API.
const s2 = crypto.sign('sha256', Buffer.from('one-shot'), privPem);
assert.strictEqual(crypto.verify('sha256', Buffer.from('one-shot'), pubPem, s2), true);

// PSS padding is randomized but verifies.
const pssOpts = { key: privPem, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 };
const p1 = crypto.sign('sha256', Buffer.from('m'), pssOpts);
const p2 = crypto.sign('sha256', Buffer.from('m'), pssOpts);
assert.notDeepStrictEqual(p1, p2);
assert.strictEqual(crypto.verify('sha256', Buffer.from('m'),
                                 { key: pubPem, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, p1), true);
// Verifying a PSS signature as PKCS#1 v1.5 fails.
assert.strictEqual(crypto.verify('sha256', Buffer.from('m'), pubPem, p1), false);

// Async one-shot with a callback.
crypto.sign('sha256', Buffer.from('cb'), privPem, common.mustSucceed((s) => {
  crypto.verify('sha256', Buffer.from('cb'), pubPem, s, common.mustSucceed((ok) => {
    assert.strictEqual(ok, true);
  }));
}));

// Signing with a public key fails.
assert.throws(() => crypto.createSign('sha256').update('x').sign(pubPem));
