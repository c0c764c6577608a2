// covers: globalThis.SubtleCrypto.prototype.wrapKey, globalThis.SubtleCrypto.prototype.unwrapKey
// covers: globalThis.SubtleCrypto.prototype.importKey, globalThis.SubtleCrypto.prototype.exportKey
'use strict';
// wrapKey/unwrapKey: AES-KW (RFC 3394), and any encryption algorithm used to wrap a key export.
const common = require('../common');
const assert = require('assert');

const { subtle } = globalThis.crypto;
const hex = (ab) => Buffer.from(ab).toString('hex');

(async () => {
  // RFC 3394 section 4.1: 128-bit key data wrapped with a 128-bit KEK.
  const kek = await subtle.importKey('raw', Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex'), 'AES-KW',
                                     false, ['wrapKey', 'unwrapKey']);
  assert.deepStrictEqual(kek.algorithm, { name: 'AES-KW', length: 128 });
  const keyData = Buffer.from('00112233445566778899aabbccddeeff', 'hex');
  const toWrap = await subtle.importKey('raw', keyData, 'AES-GCM', true, ['encrypt']);
  const wrapped = await subtle.wrapKey('raw', toWrap, kek, 'AES-KW');
  assert.strictEqual(hex(wrapped), '1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5');

  const unwrapped = await subtle.unwrapKey('raw', wrapped, kek, 'AES-KW', 'AES-GCM', true, ['decrypt']);
  assert.strictEqual(unwrapped.type, 'secret');
  assert.deepStrictEqual(unwrapped.usages, ['decrypt']);
  assert.strictEqual(hex(await subtle.exportKey('raw', unwrapped)), keyData.toString('hex'));

  // A corrupted wrapped key fails AES-KW's integrity check.
  const bad = new Uint8Array(wrapped);
  bad[3] ^= 0x40;
  await assert.rejects(subtle.unwrapKey('raw', bad, kek, 'AES-KW', 'AES-GCM', true, ['decrypt']),
                       { name: 'OperationError' });

  // AES-KW is for wrapping only.
  await assert.rejects(subtle.encrypt('AES-KW', kek, keyData), { name: 'NotSupportedError' });
  // The wrapping key needs the wrapKey usage, and the wrapped key must be extractable.
  const encOnly = await subtle.generateKey({ name: 'AES-GCM', length: 128 }, false, ['encrypt']);
  await assert.rejects(subtle.wrapKey('raw', toWrap, encOnly, { name: 'AES-GCM', iv: new Uint8Array(12) }),
                       { name: 'InvalidAccessError' });
  const hidden = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  await assert.rejects(subtle.wrapKey('raw', hidden, kek, 'AES-KW'), { message: 'key is not extractable' });

  // JWK wrapped with AES-GCM and unwrapped into an equal key.
  const gcm = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['wrapKey', 'unwrapKey']);
  const wrapParams = { name: 'AES-GCM', iv: new Uint8Array(12), additionalData: Buffer.from('label') };
  const { privateKey } = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);
  const jwkWrapped = await subtle.wrapKey('jwk', privateKey, gcm, wrapParams);
  const back = await subtle.unwrapKey('jwk', jwkWrapped, gcm, wrapParams,
                                      { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);
  assert.strictEqual(back.type, 'private');
  assert.deepStrictEqual(await subtle.exportKey('jwk', back), await subtle.exportKey('jwk', privateKey));

  // JWK wrapped with AES-KW: the JSON text is padded to whole 8-byte blocks.
  const kw256 = await subtle.generateKey({ name: 'AES-KW', length: 256 }, false, ['wrapKey', 'unwrapKey']);
  const hmac = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-384' }, true, ['sign', 'verify']);
  const kwJwk = await subtle.wrapKey('jwk', hmac, kw256, 'AES-KW');
  assert.strictEqual(kwJwk.byteLength % 8, 0);
  const hmacBack = await subtle.unwrapKey('jwk', kwJwk, kw256, 'AES-KW', { name: 'HMAC', hash: 'SHA-384' },
                                          false, ['verify']);
  assert.deepStrictEqual(hmacBack.algorithm, { name: 'HMAC', length: 1024, hash: { name: 'SHA-384' } });
  assert.strictEqual(hmacBack.extractable, false);
})().then(common.mustCall());
