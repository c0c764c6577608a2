// covers: crypto.createCipheriv, crypto.createDecipheriv, crypto.Cipheriv.prototype.update, crypto.Cipheriv.prototype.final, crypto.Cipheriv.prototype.setAutoPadding, crypto.Decipheriv.prototype.setAutoPadding
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

// NIST SP 800-38A F.2.5 (CBC-AES256 encrypt), first block, no padding.
const key = Buffer.from('603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4', 'hex');
const iv = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
const pt = Buffer.from('6bc1bee22e409f96e93d7e117393172a', 'hex');
const c = crypto.createCipheriv('aes-256-cbc', key, iv);
assert.strictEqual(c.setAutoPadding(false), c);
const ct = Buffer.concat([c.update(pt), c.final()]);
assert.strictEqual(ct.toString('hex'), 'f58c4c04d6e5f1ba779eabfb5f7bfbd6');

const d = crypto.createDecipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
assert.deepStrictEqual(Buffer.concat([d.update(ct), d.final()]), pt);

// With PKCS#7 padding a full block of padding is appended.
const padded = crypto.createCipheriv('aes-256-cbc', key, iv);
const out = Buffer.concat([padded.update(pt), padded.final()]);
assert.strictEqual(out.length, 32);
assert.strictEqual(out.subarray(0, 16).toString('hex'), 'f58c4c04d6e5f1ba779eabfb5f7bfbd6');

// String I/O encodings.
const c2 = crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16, 1), Buffer.alloc(16, 2));
const hex = c2.update('hello world', 'utf8', 'hex') + c2.final('hex');
assert.strictEqual(hex.length, 32);
const d2 = crypto.createDecipheriv('aes-128-cbc', Buffer.alloc(16, 1), Buffer.alloc(16, 2));
assert.strictEqual(d2.update(hex, 'hex', 'utf8') + d2.final('utf8'), 'hello world');

// Without padding, input must be block-aligned.
const np = crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16)).setAutoPadding(false);
np.update('short');
assert.throws(() => np.final(), (err) => {
  assert.match(err.message, /wrong final block length|data not multiple of block length/);
  return true;
});
// Bad padding on decrypt.
const wrongKey = crypto.createDecipheriv('aes-256-cbc', Buffer.alloc(32, 9), iv);
wrongKey.update(out);
assert.throws(() => wrongKey.final(), (err) => {
  assert.match(err.message, /bad decrypt/);
  return true;
});
// final() twice.
const twice = crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16));
twice.final();
assert.throws(() => twice.final(), common.expectsError({
  code: 'ERR_CRYPTO_INVALID_STATE',
  message: /^Invalid state/,
}));
