// covers: globalThis.SubtleCrypto.prototype.deriveBits, globalThis.SubtleCrypto.prototype.deriveKey, globalThis.SubtleCrypto.prototype.importKey
'use strict';
const common = require('../common');
const assert = require('assert');

const { subtle } = globalThis.crypto;
const enc = new TextEncoder();

(async () => {
  // PBKDF2 (RFC 6070 case 2).
  const pw = await subtle.importKey('raw', enc.encode('password'), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
  const bits = await subtle.deriveBits({ name: 'PBKDF2', salt: enc.encode('salt'), iterations: 2, hash: 'SHA-1' },
                                       pw, 160);
  assert.strictEqual(Buffer.from(bits).toString('hex'), 'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957');

  // HKDF (RFC 5869 case 1).
  const ikm = await subtle.importKey('raw', new Uint8Array(22).fill(0x0b), 'HKDF', false, ['deriveBits']);
  const okm = await subtle.deriveBits({
    name: 'HKDF',
    hash: 'SHA-256',
    salt: Buffer.from('000102030405060708090a0b0c', 'hex'),
    info: Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex'),
  }, ikm, 42 * 8);
  assert.strictEqual(Buffer.from(okm).toString('hex'),
                     '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865');

  // deriveKey into an AES key.
  const aes = await subtle.deriveKey({ name: 'PBKDF2', salt: enc.encode('s'), iterations: 1, hash: 'SHA-256' },
                                     pw, { name: 'AES-GCM', length: 256 }, true, ['encrypt']);
  assert.strictEqual(aes.algorithm.name, 'AES-GCM');
  assert.strictEqual(aes.algorithm.length, 256);
  assert.strictEqual((await subtle.exportKey('raw', aes)).byteLength, 32);

  // ECDH shared secret agreement.
  const a = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
  const b = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
  const s1 = await subtle.deriveBits({ name: 'ECDH', public: b.publicKey }, a.privateKey, 256);
  const s2 = await subtle.deriveBits({ name: 'ECDH', public: a.publicKey }, b.privateKey, 256);
  assert.deepStrictEqual(Buffer.from(s1), Buffer.from(s2));

  // PBKDF2 keys cannot be exported or generated.
  await assert.rejects(subtle.importKey('raw', enc.encode('pw'), 'PBKDF2', true, ['deriveBits']),
                       { name: 'SyntaxError' });
})().then(common.mustCall());
