// covers: globalThis.SubtleCrypto.prototype.encrypt, globalThis.SubtleCrypto.prototype.decrypt
// covers: globalThis.SubtleCrypto.prototype.importKey, globalThis.SubtleCrypto.prototype.generateKey
// covers: globalThis.SubtleCrypto.prototype.exportKey
'use strict';
// ChaCha20-Poly1305 and AES-OCB through Web Crypto: output is ciphertext || tag.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const { subtle } = globalThis.crypto;
const hex = (ab) => Buffer.from(ab).toString('hex');

(async () => {
  // ChaCha20-Poly1305 gives what node:crypto's cipher of the same name gives.
  const keyBytes = crypto.randomBytes(32);
  const iv = crypto.randomBytes(12);
  const aad = Buffer.from('header');
  const plaintext = Buffer.from('attack at dawn, bring snacks');
  const key = await subtle.importKey('raw-secret', keyBytes, 'ChaCha20-Poly1305', true, ['encrypt', 'decrypt']);
  assert.deepStrictEqual(key.algorithm, { name: 'ChaCha20-Poly1305' });
  const out = await subtle.encrypt({ name: 'ChaCha20-Poly1305', iv, additionalData: aad }, key, plaintext);
  const c = crypto.createCipheriv('chacha20-poly1305', keyBytes, iv, { authTagLength: 16 });
  c.setAAD(aad);
  const expected = Buffer.concat([c.update(plaintext), c.final(), c.getAuthTag()]);
  assert.strictEqual(hex(out), expected.toString('hex'));
  const back = await subtle.decrypt({ name: 'ChaCha20-Poly1305', iv, additionalData: aad }, key, out);
  assert.strictEqual(Buffer.from(back).toString(), plaintext.toString());
  await assert.rejects(subtle.decrypt({ name: 'ChaCha20-Poly1305', iv }, key, out), { name: 'OperationError' });
  await assert.rejects(subtle.decrypt({ name: 'ChaCha20-Poly1305', iv }, key, new Uint8Array(15)),
                       { name: 'OperationError' });   // shorter than the tag
  await assert.rejects(subtle.encrypt({ name: 'ChaCha20-Poly1305', iv: new Uint8Array(16) }, key, plaintext),
                       { name: 'OperationError', message: 'algorithm.iv must contain exactly 12 bytes' });
  await assert.rejects(subtle.encrypt({ name: 'ChaCha20-Poly1305', iv, tagLength: 96 }, key, plaintext),
                       { name: 'OperationError', message: '96 is not a valid ChaCha20-Poly1305 tag length' });
  assert.strictEqual((await subtle.exportKey('jwk', key)).alg, 'C20P');
  await assert.rejects(subtle.importKey('raw-secret', new Uint8Array(16), 'ChaCha20-Poly1305', true, ['encrypt']),
                       { name: 'DataError', message: 'Invalid key length' });
  const generated = await subtle.generateKey('ChaCha20-Poly1305', true, ['encrypt']);
  assert.strictEqual((await subtle.exportKey('raw-secret', generated)).byteLength, 32);

  // AES-OCB, RFC 7253 appendix A (128-bit key 00..0f, 128-bit tags).
  const ocbKey = await subtle.importKey('raw-secret', Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex'),
                                        'AES-OCB', true, ['encrypt', 'decrypt']);
  assert.deepStrictEqual(ocbKey.algorithm, { name: 'AES-OCB', length: 128 });
  const empty = await subtle.encrypt({ name: 'AES-OCB', iv: Buffer.from('bbaa99887766554433221100', 'hex') },
                                     ocbKey, new Uint8Array(0));
  assert.strictEqual(hex(empty), '785407bfffc8ad9edcc5520ac9111ee6');
  const eight = Buffer.from('0001020304050607', 'hex');
  const params = { name: 'AES-OCB', iv: Buffer.from('bbaa99887766554433221101', 'hex'), additionalData: eight };
  const ct = await subtle.encrypt(params, ocbKey, eight);
  assert.strictEqual(hex(ct), '6820b3657b6f615a5725bda0d3b4eb3a257c9af1f8f03009');
  assert.strictEqual(hex(await subtle.decrypt(params, ocbKey, ct)), eight.toString('hex'));
  const bad = new Uint8Array(ct);
  bad[0] ^= 1;
  await assert.rejects(subtle.decrypt(params, ocbKey, bad), { name: 'OperationError' });
  // Shorter tags; nonces of at most 15 bytes.
  const short = await subtle.encrypt({ ...params, tagLength: 64 }, ocbKey, eight);
  assert.strictEqual(short.byteLength, 16);
  await assert.rejects(subtle.encrypt({ ...params, tagLength: 32 }, ocbKey, eight),
                       { name: 'OperationError', message: '32 is not a valid AES-OCB tag length' });
  await assert.rejects(subtle.encrypt({ ...params, iv: new Uint8Array(16) }, ocbKey, eight),
                       { name: 'OperationError', message: 'AES-OCB algorithm.iv must be no more than 15 bytes' });
  assert.strictEqual((await subtle.exportKey('jwk', ocbKey)).alg, 'A128OCB');
  await assert.rejects(subtle.exportKey('raw', ocbKey), { name: 'NotSupportedError' });
})().then(common.mustCall());
