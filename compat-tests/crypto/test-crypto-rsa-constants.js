// covers: crypto.constants.RSA_NO_PADDING, crypto.constants.RSA_PKCS1_OAEP_PADDING
// covers: crypto.constants.RSA_PKCS1_PADDING, crypto.constants.RSA_PKCS1_PSS_PADDING
// covers: crypto.constants.RSA_PSS_SALTLEN_AUTO, crypto.constants.RSA_PSS_SALTLEN_DIGEST
// covers: crypto.constants.RSA_PSS_SALTLEN_MAX_SIGN, crypto.constants.RSA_X931_PADDING
'use strict';
// The RSA padding and PSS salt-length constants, used the way the docs describe.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const k = crypto.constants;

assert.strictEqual(k.RSA_PKCS1_PADDING, 1);
assert.strictEqual(k.RSA_NO_PADDING, 3);
assert.strictEqual(k.RSA_PKCS1_OAEP_PADDING, 4);
assert.strictEqual(k.RSA_X931_PADDING, 5);
assert.strictEqual(k.RSA_PKCS1_PSS_PADDING, 6);
assert.strictEqual(k.RSA_PSS_SALTLEN_DIGEST, -1);
assert.strictEqual(k.RSA_PSS_SALTLEN_MAX_SIGN, -2);
assert.strictEqual(k.RSA_PSS_SALTLEN_AUTO, -2);

const privateKey = crypto.createPrivateKey(common.fixtures.readSync('rsa_private.pem'));
const publicKey = crypto.createPublicKey(privateKey);
const modulusBytes = publicKey.asymmetricKeyDetails.modulusLength / 8;   // 256

// RSA_PKCS1_OAEP_PADDING is publicEncrypt's default; the ciphertext is randomised.
{
  const ct1 = crypto.publicEncrypt(publicKey, Buffer.from('secret'));
  const ct2 = crypto.publicEncrypt({ key: publicKey, padding: k.RSA_PKCS1_OAEP_PADDING }, Buffer.from('secret'));
  assert.strictEqual(ct1.length, modulusBytes);
  assert.notDeepStrictEqual(ct1, ct2);
  assert.strictEqual(crypto.privateDecrypt(privateKey, ct2).toString(), 'secret');
  assert.strictEqual(crypto.privateDecrypt({ key: privateKey, padding: k.RSA_PKCS1_OAEP_PADDING }, ct1)
    .toString(), 'secret');
}

// RSA_NO_PADDING: raw RSA, the input must be exactly modulus-sized; deterministic.
{
  const block = Buffer.alloc(modulusBytes, 0);
  block.write('raw rsa block', modulusBytes - 13);
  const ct1 = crypto.publicEncrypt({ key: publicKey, padding: k.RSA_NO_PADDING }, block);
  const ct2 = crypto.publicEncrypt({ key: publicKey, padding: k.RSA_NO_PADDING }, block);
  assert.deepStrictEqual(ct1, ct2);
  assert.deepStrictEqual(crypto.privateDecrypt({ key: privateKey, padding: k.RSA_NO_PADDING }, ct1), block);
  assert.throws(() => crypto.publicEncrypt({ key: publicKey, padding: k.RSA_NO_PADDING }, Buffer.from('short')),
                (err) => err instanceof Error && /ERR_OSSL_/.test(err.code));
}

// RSA_PKCS1_PADDING with privateEncrypt/publicDecrypt (deterministic type-1 padding).
{
  const sig1 = crypto.privateEncrypt({ key: privateKey, padding: k.RSA_PKCS1_PADDING }, Buffer.from('m'));
  const sig2 = crypto.privateEncrypt(privateKey, Buffer.from('m'));   // the default for privateEncrypt
  assert.deepStrictEqual(sig1, sig2);
  assert.strictEqual(crypto.publicDecrypt({ key: publicKey, padding: k.RSA_PKCS1_PADDING }, sig1).toString(), 'm');
  // Seen with no padding, the block is 00 01 FF..FF 00 'm'.
  const raw = crypto.publicDecrypt({ key: publicKey, padding: k.RSA_NO_PADDING }, sig1);
  assert.strictEqual(raw.subarray(0, 3).toString('hex'), '0001ff');
  assert.strictEqual(raw.subarray(-2).toString('hex'), '006d');
}

// RSA_PKCS1_PSS_PADDING with the salt-length constants (SHA-256: 32-byte digest).
{
  const data = Buffer.from('pss data');
  const sign = (saltLength) => crypto.sign('sha256', data, { key: privateKey, padding: k.RSA_PKCS1_PSS_PADDING, saltLength });
  const verify = (sig, saltLength) =>
    crypto.verify('sha256', data, { key: publicKey, padding: k.RSA_PKCS1_PSS_PADDING, saltLength }, sig);
  const maxSalt = modulusBytes - 32 - 2;   // 222

  const digestSalt = sign(k.RSA_PSS_SALTLEN_DIGEST);
  assert.strictEqual(verify(digestSalt, 32), true);
  assert.strictEqual(verify(digestSalt, k.RSA_PSS_SALTLEN_DIGEST), true);
  assert.strictEqual(verify(digestSalt, maxSalt), false);

  const maxSign = sign(k.RSA_PSS_SALTLEN_MAX_SIGN);
  assert.strictEqual(verify(maxSign, maxSalt), true);
  assert.strictEqual(verify(maxSign, 32), false);
  // For verification, RSA_PSS_SALTLEN_AUTO accepts any salt length.
  assert.strictEqual(verify(maxSign, k.RSA_PSS_SALTLEN_AUTO), true);
  assert.strictEqual(verify(digestSalt, k.RSA_PSS_SALTLEN_AUTO), true);
  assert.strictEqual(verify(sign(10), k.RSA_PSS_SALTLEN_AUTO), true);
  // PSS signatures are randomised (salt), PKCS#1 v1.5 ones are not.
  assert.notDeepStrictEqual(sign(32), sign(32));
  assert.deepStrictEqual(crypto.sign('sha256', data, { key: privateKey, padding: k.RSA_PKCS1_PADDING }),
                         crypto.sign('sha256', data, privateKey));
  assert.strictEqual(verify(crypto.sign('sha256', data, privateKey), k.RSA_PSS_SALTLEN_AUTO), false);
}

// RSA_X931_PADDING is an OpenSSL signature padding that encryption rejects.
assert.throws(() => crypto.publicEncrypt({ key: publicKey, padding: k.RSA_X931_PADDING }, Buffer.from('x')),
              (err) => err instanceof Error);
