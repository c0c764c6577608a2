// covers: globalThis.SubtleCrypto.prototype.encrypt, globalThis.SubtleCrypto.prototype.decrypt, globalThis.SubtleCrypto.prototype.importKey, globalThis.SubtleCrypto.prototype.generateKey
'use strict';
const common = require('../common');
const assert = require('assert');

const { subtle } = globalThis.crypto;

(async () => {
  // GCM spec test case 14 via WebCrypto: output is ciphertext || tag.
  const key = await subtle.importKey('raw', new Uint8Array(32), 'AES-GCM', false, ['encrypt', 'decrypt']);
  const out = await subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, key, new Uint8Array(16));
  assert.strictEqual(Buffer.from(out).toString('hex'),
                     'cea7403d4d606b6e074ec5d3baf39d18' + 'd0d1c8a799996bf0265b98b5d48ab919');
  const back = await subtle.decrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, key, out);
  assert.deepStrictEqual(new Uint8Array(back), new Uint8Array(16));

  // Tampering is an OperationError.
  const tampered = new Uint8Array(out);
  tampered[0] ^= 1;
  await assert.rejects(subtle.decrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, key, tampered),
                       { name: 'OperationError' });

  // AES-CBC with the NIST SP 800-38A key; WebCrypto always pads (PKCS#7).
  const cbcKey = await subtle.importKey(
    'raw', Buffer.from('603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4', 'hex'),
    { name: 'AES-CBC' }, false, ['encrypt', 'decrypt']);
  const iv = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
  const ct = await subtle.encrypt({ name: 'AES-CBC', iv }, cbcKey,
                                  Buffer.from('6bc1bee22e409f96e93d7e117393172a', 'hex'));
  assert.strictEqual(ct.byteLength, 32);
  assert.strictEqual(Buffer.from(ct).toString('hex', 0, 16), 'f58c4c04d6e5f1ba779eabfb5f7bfbd6');

  // Generated AES-CTR key round trip.
  const ctrKey = await subtle.generateKey({ name: 'AES-CTR', length: 128 }, true, ['encrypt', 'decrypt']);
  const params = { name: 'AES-CTR', counter: new Uint8Array(16), length: 64 };
  const msg = new TextEncoder().encode('counter mode');
  const enc = await subtle.encrypt(params, ctrKey, msg);
  assert.strictEqual(enc.byteLength, msg.length);
  assert.strictEqual(new TextDecoder().decode(await subtle.decrypt(params, ctrKey, enc)), 'counter mode');

  // Wrong key length.
  await assert.rejects(subtle.importKey('raw', new Uint8Array(10), 'AES-GCM', false, ['encrypt']),
                       { name: 'DataError' });
})().then(common.mustCall());
