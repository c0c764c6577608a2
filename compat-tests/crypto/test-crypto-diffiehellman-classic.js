// covers: crypto.createDiffieHellman, crypto.DiffieHellman, crypto.DiffieHellman.prototype.computeSecret
// covers: crypto.DiffieHellman.prototype.generateKeys, crypto.DiffieHellman.prototype.getGenerator
// covers: crypto.DiffieHellman.prototype.getPrime, crypto.DiffieHellman.prototype.getPrivateKey
// covers: crypto.DiffieHellman.prototype.getPublicKey, crypto.DiffieHellman.prototype.setPrivateKey
// covers: crypto.DiffieHellman.prototype.setPublicKey
// covers: crypto.constants.DH_CHECK_P_NOT_PRIME, crypto.constants.DH_CHECK_P_NOT_SAFE_PRIME
// covers: crypto.constants.DH_NOT_SUITABLE_GENERATOR, crypto.constants.DH_UNABLE_TO_CHECK_GENERATOR
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

// RFC 3526 group 5 (1536-bit MODP), generator 2: a safe prime, so verifyError is 0.
const P1536 =
  'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
  'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
  'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
  '83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA237327FFFFFFFFFFFFFFFF';
const prime = Buffer.from(P1536, 'hex');

const a = crypto.createDiffieHellman(prime, 2);
const b = crypto.createDiffieHellman(P1536, 'hex', Buffer.from([2]));
// Legacy: the class is callable without `new`.
// eslint-disable-next-line new-cap
const c = crypto.DiffieHellman(prime);   // generator defaults to 2
assert.ok(a instanceof crypto.DiffieHellman);
assert.ok(c instanceof crypto.DiffieHellman);
assert.strictEqual(a.verifyError, 0);

assert.deepStrictEqual(a.getPrime(), prime);
assert.strictEqual(b.getPrime('hex'), P1536.toLowerCase());
assert.deepStrictEqual(a.getGenerator(), Buffer.from([2]));
assert.strictEqual(b.getGenerator('hex'), '02');
assert.strictEqual(c.getGenerator('base64'), 'Ag==');

// No keys yet.
assert.throws(() => a.getPublicKey(),
              common.expectsError({ code: 'ERR_CRYPTO_INVALID_STATE' }));
assert.throws(() => a.getPrivateKey(),
              common.expectsError({ code: 'ERR_CRYPTO_INVALID_STATE' }));

const pubA = a.generateKeys();
const pubB = b.generateKeys('hex');
assert.ok(Buffer.isBuffer(pubA));
assert.ok(pubA.length <= 192 && pubA.length > 150);
assert.strictEqual(typeof pubB, 'string');
assert.deepStrictEqual(a.getPublicKey(), pubA);
assert.strictEqual(b.getPublicKey('hex'), pubB);
// generateKeys() keeps an existing private key.
const privA = a.getPrivateKey();
a.generateKeys();
assert.deepStrictEqual(a.getPrivateKey(), privA);

// Both sides agree on the secret, in every encoding combination.
const s1 = a.computeSecret(pubB, 'hex');
const s2 = b.computeSecret(pubA);
assert.deepStrictEqual(s1, s2);
assert.strictEqual(a.computeSecret(pubB, 'hex', 'base64'), s2.toString('base64'));
assert.strictEqual(b.computeSecret(pubA.toString('latin1'), 'latin1', 'hex'), s1.toString('hex'));

// g^x mod p with a chosen private key: x = 1 gives the public key 2.
const d = crypto.createDiffieHellman(prime, 2);
d.setPrivateKey(Buffer.from([1]));
assert.strictEqual(d.getPrivateKey('hex'), '01');
assert.strictEqual(d.generateKeys('hex'), '02');
// x = 10 gives 2^10 = 1024.
d.setPrivateKey('0a', 'hex');
d.setPublicKey(Buffer.from([4, 0]));
assert.strictEqual(d.getPublicKey('hex'), '0400');
assert.strictEqual(d.getPrivateKey('hex'), '0a');

// Copying both keys into a fresh object gives the same secret.
const copy = crypto.createDiffieHellman(prime, 2);
copy.setPrivateKey(a.getPrivateKey('base64'), 'base64');
copy.setPublicKey(a.getPublicKey());
assert.deepStrictEqual(copy.getPublicKey(), pubA);
assert.deepStrictEqual(copy.computeSecret(pubB, 'hex'), s1);

// Invalid peer keys: 1 and 0 are too small, p (or larger) too large.
for (const bad of [Buffer.from([1]), Buffer.from([0])]) {
  assert.throws(() => a.computeSecret(bad),
                common.expectsError({ code: 'ERR_CRYPTO_INVALID_KEYLEN', message: 'Supplied key is too small' }));
}
assert.throws(() => a.computeSecret(prime),
              common.expectsError({ code: 'ERR_CRYPTO_INVALID_KEYLEN', message: 'Supplied key is too large' }));

// verifyError flags parameter problems; the constants are the OpenSSL DH_check bits.
assert.strictEqual(crypto.constants.DH_CHECK_P_NOT_PRIME, 1);
assert.strictEqual(crypto.constants.DH_CHECK_P_NOT_SAFE_PRIME, 2);
assert.strictEqual(crypto.constants.DH_UNABLE_TO_CHECK_GENERATOR, 4);
assert.strictEqual(crypto.constants.DH_NOT_SUITABLE_GENERATOR, 8);
const composite = Buffer.from(prime);
composite[composite.length - 1] -= 2;       // ...FD: still odd, no longer prime
const bad = crypto.createDiffieHellman(composite, 2);
assert.strictEqual(bad.verifyError & crypto.constants.DH_CHECK_P_NOT_PRIME,
                   crypto.constants.DH_CHECK_P_NOT_PRIME);

// Argument validation.
assert.throws(() => crypto.createDiffieHellman(),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
assert.throws(() => crypto.createDiffieHellman(prime, {}),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
assert.throws(() => crypto.createDiffieHellman(prime, 2.5),
              common.expectsError({ code: 'ERR_OUT_OF_RANGE', name: 'RangeError' }));
assert.throws(() => crypto.createDiffieHellman(prime, 1), (err) => {
  assert.ok(err instanceof Error);
  assert.match(err.message, /bad generator/);
  return true;
});
