// covers: crypto.publicEncrypt, crypto.privateDecrypt, crypto.privateEncrypt, crypto.publicDecrypt
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const privPem = common.fixtures.readSync('rsa_private.pem', 'ascii');
const pubPem = common.fixtures.readSync('rsa_public.pem', 'ascii');
const msg = Buffer.from('confidential');

// Default padding is OAEP (SHA-1); ciphertext is randomized.
const c1 = crypto.publicEncrypt(pubPem, msg);
const c2 = crypto.publicEncrypt(pubPem, msg);
assert.strictEqual(c1.length, 256);
assert.notDeepStrictEqual(c1, c2);
assert.deepStrictEqual(crypto.privateDecrypt(privPem, c1), msg);

// OAEP with SHA-256 and a label.
const opts = { padding: crypto.constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256',
               oaepLabel: Buffer.from('lbl') };
const c3 = crypto.publicEncrypt({ key: pubPem, ...opts }, msg);
assert.deepStrictEqual(crypto.privateDecrypt({ key: privPem, ...opts }, c3), msg);
// Wrong hash fails.
assert.throws(() => crypto.privateDecrypt({ key: privPem, padding: opts.padding, oaepHash: 'sha1' }, c3));

// privateEncrypt/publicDecrypt (PKCS#1 v1.5 "signature-style").
const s = crypto.privateEncrypt(privPem, msg);
assert.deepStrictEqual(crypto.publicDecrypt(pubPem, s), msg);

// Plaintext too long for OAEP.
assert.throws(() => crypto.publicEncrypt(pubPem, Buffer.alloc(300)), (err) => {
  assert.match(err.code, /^ERR_OSSL_/);
  return true;
});
