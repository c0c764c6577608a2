// covers: globalThis.SubtleCrypto.prototype.importKey, globalThis.SubtleCrypto.prototype.sign, globalThis.SubtleCrypto.prototype.verify, globalThis.SubtleCrypto.prototype.generateKey, globalThis.SubtleCrypto.prototype.exportKey, globalThis.CryptoKey
'use strict';
const common = require('../common');
const assert = require('assert');

const { subtle } = globalThis.crypto;
const enc = new TextEncoder();

(async () => {
  // RFC 4231 test case 2 via WebCrypto.
  const key = await subtle.importKey('raw', enc.encode('Jefe'), { name: 'HMAC', hash: 'SHA-256' },
                                     true, ['sign', 'verify']);
  assert.ok(key instanceof CryptoKey);
  assert.strictEqual(key.type, 'secret');
  assert.strictEqual(key.extractable, true);
  assert.deepStrictEqual(key.usages.slice().sort(), ['sign', 'verify']);
  assert.strictEqual(key.algorithm.name, 'HMAC');
  assert.strictEqual(key.algorithm.hash.name, 'SHA-256');
  assert.strictEqual(key.algorithm.length, 32);

  const data = enc.encode('what do ya want for nothing?');
  const sig = await subtle.sign('HMAC', key, data);
  assert.strictEqual(Buffer.from(sig).toString('hex'),
                     '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  assert.strictEqual(await subtle.verify('HMAC', key, sig, data), true);
  assert.strictEqual(await subtle.verify('HMAC', key, sig, enc.encode('other')), false);

  // Raw export gives the key bytes back; JWK export too.
  assert.strictEqual(Buffer.from(await subtle.exportKey('raw', key)).toString(), 'Jefe');
  const jwk = await subtle.exportKey('jwk', key);
  assert.strictEqual(jwk.kty, 'oct');
  assert.strictEqual(jwk.alg, 'HS256');
  assert.strictEqual(jwk.k, Buffer.from('Jefe').toString('base64url'));

  // Generated key, non-extractable.
  const gen = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-512' }, false, ['sign']);
  assert.strictEqual(gen.algorithm.length, 1024);
  // Node 24 names this InvalidAccessError; Node 25.8 reports 'InvalidAccessException'.
  await assert.rejects(subtle.exportKey('raw', gen), {
    name: /^InvalidAccess(Error|Exception)$/,
    message: 'key is not extractable',
  });
  // Using a key for an operation not in its usages.
  await assert.rejects(subtle.verify('HMAC', gen, new Uint8Array(64), data), { name: 'InvalidAccessError' });
})().then(common.mustCall());
