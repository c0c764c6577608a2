// covers: crypto.createDecipheriv, crypto.Decipheriv.prototype.update, crypto.Decipheriv.prototype.final, crypto.Decipheriv.prototype.setAuthTag
'use strict';
// An AEAD decipher (GCM, ChaCha20-Poly1305) hands out each update's plaintext at once, before
// the tag is checked in final(); a wrong tag makes final() throw, after the plaintext was seen.
require('../common');
const assert = require('assert');
const crypto = require('crypto');

const plain = crypto.randomBytes(100000);
const aad = Buffer.from('header');
const cases = [
  ['aes-256-gcm', 32, 12], ['aes-128-gcm', 16, 16], ['aes-192-gcm', 24, 8],
  ['chacha20-poly1305', 32, 12],
];
for (const [name, keyLen, ivLen] of cases) {
  const key = crypto.randomBytes(keyLen);
  const iv = crypto.randomBytes(ivLen);
  const opts = { authTagLength: 16 };
  const enc = crypto.createCipheriv(name, key, iv, opts);
  enc.setAAD(aad);
  const ct = Buffer.concat([enc.update(plain), enc.final()]);
  const tag = enc.getAuthTag();

  const dec = crypto.createDecipheriv(name, key, iv, opts);
  dec.setAAD(aad);
  dec.setAuthTag(tag);
  const parts = [];
  for (const size of [1, 15, 16, 17, 4096, 65536]) {
    const at = parts.reduce((n, p) => n + p.length, 0);
    const out = dec.update(ct.subarray(at, at + size));
    assert.strictEqual(out.length, size, `${name}: update(${size}) returned ${out.length} bytes`);
    parts.push(out);
  }
  const seen = parts.reduce((n, p) => n + p.length, 0);
  parts.push(dec.update(ct.subarray(seen)));
  const last = dec.final();
  assert.strictEqual(last.length, 0, name);
  assert.deepStrictEqual(Buffer.concat(parts), plain, name);

  // A forged tag: the plaintext still comes out of update(), final() refuses it.
  const bad = Buffer.from(tag);
  bad[0] ^= 0x80;
  const forged = crypto.createDecipheriv(name, key, iv, opts);
  forged.setAAD(aad);
  forged.setAuthTag(bad);
  assert.deepStrictEqual(forged.update(ct), plain, name);
  assert.throws(() => forged.final(), { message: 'Unsupported state or unable to authenticate data' });
}

// A GCM tag truncated to 12 or 4 bytes (authTagLength given) is checked as a prefix.
const key = crypto.randomBytes(32);
const iv = crypto.randomBytes(12);
for (const len of [12, 4]) {
  const enc = crypto.createCipheriv('aes-256-gcm', key, iv, { authTagLength: len });
  const ct = Buffer.concat([enc.update('short text'), enc.final()]);
  const tag = enc.getAuthTag();
  assert.strictEqual(tag.length, len);
  const dec = crypto.createDecipheriv('aes-256-gcm', key, iv, { authTagLength: len });
  dec.setAuthTag(tag);
  assert.strictEqual(dec.update(ct).toString(), 'short text');
  assert.strictEqual(dec.final().length, 0);
}
