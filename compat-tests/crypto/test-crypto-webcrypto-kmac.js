// covers: globalThis.SubtleCrypto.prototype.sign, globalThis.SubtleCrypto.prototype.verify
// covers: globalThis.SubtleCrypto.prototype.generateKey, globalThis.SubtleCrypto.prototype.importKey
// covers: globalThis.SubtleCrypto.prototype.exportKey, globalThis.SubtleCrypto.prototype.digest
'use strict';
// KMAC128/KMAC256 (NIST SP 800-185) and cSHAKE / SHA-3 digests through Web Crypto. The output
// length member is named "outputLength" in Node 24 and "length" in Node 25: both are passed.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const { subtle } = globalThis.crypto;
const hex = (ab) => Buffer.from(ab).toString('hex');

(async () => {
  // NIST's KMAC samples 1 and 2: key 0x40..0x5f, data 00 01 02 03, 256-bit output.
  const keyBytes = Buffer.from(Array.from({ length: 32 }, (_, i) => 0x40 + i));
  const data = Buffer.from([0, 1, 2, 3]);
  const key = await subtle.importKey('raw-secret', keyBytes, 'KMAC128', true, ['sign', 'verify']);
  assert.deepStrictEqual(key.algorithm, { name: 'KMAC128', length: 256 });
  const plain = { name: 'KMAC128', length: 256, outputLength: 256 };
  const mac1 = await subtle.sign(plain, key, data);
  assert.strictEqual(hex(mac1), 'e5780b0d3ea6f7d3a429c5706aa43a00fadbd7d49628839e3187243f456ee14e');
  const tagged = { ...plain, customization: Buffer.from('My Tagged Application') };
  const mac2 = await subtle.sign(tagged, key, data);
  assert.strictEqual(hex(mac2), '3b1fba963cd8b0b59e8c1a6d71888b7143651af8ba0a7070c0979e2811324aa5');
  assert.strictEqual(await subtle.verify(tagged, key, mac2, data), true);
  assert.strictEqual(await subtle.verify(plain, key, mac2, data), false);
  assert.strictEqual(await subtle.verify(tagged, key, mac2.slice(1), data), false);

  // Output length follows the parameter, not the key.
  const mac512 = await subtle.sign({ name: 'KMAC128', length: 512, outputLength: 512 }, key, data);
  assert.strictEqual(mac512.byteLength, 64);

  // Keys: default lengths, JWK "alg" values, and the import formats.
  const k256 = await subtle.generateKey('KMAC256', true, ['sign']);
  assert.deepStrictEqual(k256.algorithm, { name: 'KMAC256', length: 256 });
  const k128 = await subtle.generateKey('KMAC128', true, ['sign']);
  assert.deepStrictEqual(k128.algorithm, { name: 'KMAC128', length: 128 });
  const jwk = await subtle.exportKey('jwk', key);
  assert.strictEqual(jwk.alg, 'K128');
  assert.strictEqual(Buffer.from(jwk.k, 'base64url').toString('hex'), keyBytes.toString('hex'));
  await assert.rejects(subtle.importKey('raw', keyBytes, 'KMAC128', true, ['sign']), { name: 'NotSupportedError' });
  await assert.rejects(subtle.generateKey('KMAC128', true, ['encrypt']), { name: 'SyntaxError' });

  // cSHAKE without function name or customization is SHAKE.
  const msg = Buffer.from('shake it');
  const c128 = await subtle.digest({ name: 'cSHAKE128', length: 256, outputLength: 256 }, msg);
  assert.strictEqual(hex(c128), crypto.createHash('shake128', { outputLength: 32 }).update(msg).digest('hex'));
  const c256 = await subtle.digest({ name: 'cshake256', length: 512, outputLength: 512 }, msg);
  assert.strictEqual(hex(c256), crypto.createHash('shake256', { outputLength: 64 }).update(msg).digest('hex'));

  // SHA-3.
  for (const [name, node] of [['SHA3-256', 'sha3-256'], ['SHA3-384', 'sha3-384'], ['SHA3-512', 'sha3-512']]) {
    assert.strictEqual(hex(await subtle.digest(name, msg)), crypto.createHash(node).update(msg).digest('hex'));
  }
})().then(common.mustCall());
