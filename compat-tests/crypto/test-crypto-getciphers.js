// covers: crypto.getCiphers, crypto.getHashes, crypto.getCurves, crypto.constants
'use strict';
require('../common');
const assert = require('assert');
const crypto = require('crypto');

const ciphers = crypto.getCiphers();
assert.ok(Array.isArray(ciphers));
for (const c of ['aes-128-cbc', 'aes-256-gcm', 'aes-256-ctr', 'chacha20-poly1305']) {
  assert.ok(ciphers.includes(c), c);
}
assert.ok(ciphers.every((c) => typeof c === 'string' && c.length > 0));

const hashes = crypto.getHashes();
for (const h of ['md5', 'sha1', 'sha256', 'sha512', 'sha3-256']) assert.ok(hashes.includes(h), h);

const curves = crypto.getCurves();
for (const c of ['prime256v1', 'secp384r1', 'secp256k1']) assert.ok(curves.includes(c), c);

assert.strictEqual(typeof crypto.constants.RSA_PKCS1_PADDING, 'number');
assert.strictEqual(typeof crypto.constants.RSA_PKCS1_OAEP_PADDING, 'number');
assert.strictEqual(typeof crypto.constants.RSA_PKCS1_PSS_PADDING, 'number');
assert.strictEqual(crypto.constants.RSA_PSS_SALTLEN_DIGEST, -1);
