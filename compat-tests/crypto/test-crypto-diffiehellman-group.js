// covers: crypto.getDiffieHellman, crypto.createDiffieHellmanGroup, crypto.DiffieHellmanGroup
// covers: crypto.DiffieHellmanGroup.prototype.computeSecret, crypto.DiffieHellmanGroup.prototype.generateKeys
// covers: crypto.DiffieHellmanGroup.prototype.getGenerator, crypto.DiffieHellmanGroup.prototype.getPrime
// covers: crypto.DiffieHellmanGroup.prototype.getPrivateKey, crypto.DiffieHellmanGroup.prototype.getPublicKey
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

// The RFC 2409 / RFC 3526 MODP groups and their sizes in bits.
const sizes = { modp1: 768, modp2: 1024, modp5: 1536, modp14: 2048, modp15: 3072, modp16: 4096 };
for (const [name, bits] of Object.entries(sizes)) {
  const g = crypto.getDiffieHellman(name);
  assert.ok(g instanceof crypto.DiffieHellmanGroup);
  assert.strictEqual(g.getPrime().length * 8, bits);
  // All MODP primes start and end with 64 one bits.
  assert.ok(g.getPrime('hex').startsWith('ffffffffffffffff'));
  assert.ok(g.getPrime('hex').endsWith('ffffffffffffffff'));
  assert.strictEqual(g.getGenerator('hex'), '02');
  assert.deepStrictEqual(g.getGenerator(), Buffer.from([2]));
  assert.strictEqual(g.verifyError, 0);
}

const a = crypto.getDiffieHellman('modp5');
const b = crypto.createDiffieHellmanGroup('modp5');
// eslint-disable-next-line new-cap
const c = crypto.DiffieHellmanGroup('modp5');
assert.ok(b instanceof crypto.DiffieHellmanGroup);
assert.ok(c instanceof crypto.DiffieHellmanGroup);
assert.deepStrictEqual(a.getPrime(), b.getPrime());
assert.strictEqual(a.getPrime('base64'), c.getPrime('base64'));

// Groups have fixed parameters: no key setters.
assert.strictEqual(a.setPublicKey, undefined);
assert.strictEqual(a.setPrivateKey, undefined);

assert.throws(() => a.getPublicKey(), common.expectsError({ code: 'ERR_CRYPTO_INVALID_STATE' }));
assert.throws(() => a.getPrivateKey(), common.expectsError({ code: 'ERR_CRYPTO_INVALID_STATE' }));

const pubA = a.generateKeys();
const pubB = b.generateKeys('base64');
assert.ok(Buffer.isBuffer(pubA));
assert.ok(pubA.length <= 192);
assert.deepStrictEqual(a.getPublicKey(), pubA);
assert.strictEqual(b.getPublicKey('base64'), pubB);
const priv = a.getPrivateKey();
assert.ok(priv.length > 0);
a.generateKeys();
assert.deepStrictEqual(a.getPrivateKey(), priv);

const secretA = a.computeSecret(pubB, 'base64');
const secretB = b.computeSecret(pubA, undefined, 'hex');
assert.strictEqual(secretA.toString('hex'), secretB);
// A group key pair interoperates with a DiffieHellman made from the same prime.
const plain = crypto.createDiffieHellman(a.getPrime(), a.getGenerator());
plain.generateKeys();
assert.deepStrictEqual(plain.computeSecret(pubA), a.computeSecret(plain.getPublicKey()));

assert.throws(() => a.computeSecret(Buffer.from([1])),
              common.expectsError({ code: 'ERR_CRYPTO_INVALID_KEYLEN' }));

assert.throws(() => crypto.getDiffieHellman('modp3'),
              common.expectsError({ code: 'ERR_CRYPTO_UNKNOWN_DH_GROUP', message: 'Unknown DH group' }));
assert.throws(() => crypto.createDiffieHellmanGroup('nope'),
              common.expectsError({ code: 'ERR_CRYPTO_UNKNOWN_DH_GROUP' }));
assert.throws(() => crypto.getDiffieHellman(14),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
