// covers: globalThis.SubtleCrypto.prototype.digest, crypto.webcrypto, crypto.subtle, globalThis.crypto
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

assert.strictEqual(crypto.webcrypto, globalThis.crypto);
assert.strictEqual(crypto.subtle, globalThis.crypto.subtle);

const { subtle } = globalThis.crypto;
const abc = new TextEncoder().encode('abc');

(async () => {
  const vectors = {
    'SHA-1': 'a9993e364706816aba3e25717850c26c9cd0d89d',
    'SHA-256': 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    'SHA-384': 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed' +
               '8086072ba1e7cc2358baeca134c825a7',
    'SHA-512': 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a' +
               '2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
  };
  for (const [alg, hex] of Object.entries(vectors)) {
    const out = await subtle.digest(alg, abc);
    assert.ok(out instanceof ArrayBuffer);
    assert.strictEqual(Buffer.from(out).toString('hex'), hex, alg);
    // Algorithm object form and case-insensitive names.
    assert.strictEqual(Buffer.from(await subtle.digest({ name: alg.toLowerCase() }, abc)).toString('hex'), hex);
  }
  // Accepts ArrayBuffer and DataView.
  assert.strictEqual(Buffer.from(await subtle.digest('SHA-1', abc.buffer)).toString('hex'), vectors['SHA-1']);
  assert.strictEqual(Buffer.from(await subtle.digest('SHA-1', new DataView(abc.buffer))).toString('hex'),
                     vectors['SHA-1']);

  await assert.rejects(subtle.digest('MD5', abc), { name: 'NotSupportedError' });
  await assert.rejects(subtle.digest('SHA-256', 'abc'), { name: 'TypeError' });
})().then(common.mustCall());
