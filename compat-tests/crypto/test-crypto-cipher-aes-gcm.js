// covers: crypto.createCipheriv, crypto.createDecipheriv, crypto.Cipheriv.prototype.getAuthTag, crypto.Decipheriv.prototype.setAuthTag, crypto.Cipheriv.prototype.setAAD, crypto.Decipheriv.prototype.setAAD
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

// GCM spec test case 14 (AES-256, zero key/IV, one zero block).
const key = Buffer.alloc(32);
const iv = Buffer.alloc(12);
const c = crypto.createCipheriv('aes-256-gcm', key, iv);
const ct = Buffer.concat([c.update(Buffer.alloc(16)), c.final()]);
assert.strictEqual(ct.toString('hex'), 'cea7403d4d606b6e074ec5d3baf39d18');
assert.strictEqual(c.getAuthTag().toString('hex'), 'd0d1c8a799996bf0265b98b5d48ab919');

// Test case 13: empty plaintext, tag only.
const c13 = crypto.createCipheriv('aes-256-gcm', key, iv);
c13.final();
assert.strictEqual(c13.getAuthTag().toString('hex'), '530f8afbc74536b9a963b4f1c4cb738b');

// Round trip with AAD.
const k = crypto.randomBytes(32);
const n = crypto.randomBytes(12);
const enc = crypto.createCipheriv('aes-256-gcm', k, n);
enc.setAAD(Buffer.from('header'));
const secret = Buffer.concat([enc.update('attack at dawn', 'utf8'), enc.final()]);
const tag = enc.getAuthTag();
assert.strictEqual(tag.length, 16);

const dec = crypto.createDecipheriv('aes-256-gcm', k, n);
dec.setAAD(Buffer.from('header'));
dec.setAuthTag(tag);
assert.strictEqual(dec.update(secret, undefined, 'utf8') + dec.final('utf8'), 'attack at dawn');

// Tampered ciphertext / wrong AAD fail in final().
const bad = crypto.createDecipheriv('aes-256-gcm', k, n);
bad.setAAD(Buffer.from('HEADER'));
bad.setAuthTag(tag);
bad.update(secret);
assert.throws(() => bad.final(), (err) => {
  assert.strictEqual(err.message, 'Unsupported state or unable to authenticate data');
  return true;
});

// Shorter tags via authTagLength.
const short = crypto.createCipheriv('aes-128-gcm', Buffer.alloc(16), n, { authTagLength: 8 });
short.update('x');
short.final();
assert.strictEqual(short.getAuthTag().length, 8);
assert.throws(() => crypto.createCipheriv('aes-128-gcm', Buffer.alloc(16), n, { authTagLength: 7 }),
              common.expectsError({ code: 'ERR_CRYPTO_INVALID_AUTH_TAG', name: 'TypeError' }));
// getAuthTag before final.
const early = crypto.createCipheriv('aes-256-gcm', k, n);
assert.throws(() => early.getAuthTag(), common.expectsError({
  code: 'ERR_CRYPTO_INVALID_STATE',
  message: 'Invalid state for operation getAuthTag',
}));
