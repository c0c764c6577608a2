// covers: crypto.ECDH, crypto.ECDH.convertKey, crypto.ECDH.prototype.getPrivateKey
// covers: crypto.ECDH.prototype.setPrivateKey, crypto.ECDH.prototype.setPublicKey
// covers: crypto.constants.POINT_CONVERSION_COMPRESSED, crypto.constants.POINT_CONVERSION_UNCOMPRESSED
// covers: crypto.constants.POINT_CONVERSION_HYBRID
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const { ECDH } = crypto;

// The P-256 base point G (private key 1 gives public key G).
const GX = '6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296';
const GY = '4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5';
const G = '04' + GX + GY;

const e = crypto.createECDH('prime256v1');
assert.ok(e instanceof ECDH);
assert.throws(() => e.getPrivateKey(), common.expectsError({ code: 'ERR_CRYPTO_OPERATION_FAILED' }));
assert.throws(() => e.getPublicKey(), common.expectsError({ code: 'ERR_CRYPTO_OPERATION_FAILED' }));

const one = Buffer.alloc(32);
one[31] = 1;
e.setPrivateKey(one);
// setPrivateKey derives the public key.
assert.strictEqual(e.getPublicKey('hex'), G);
// The private key comes back as a big-endian integer without leading zero bytes.
assert.deepStrictEqual(e.getPrivateKey(), Buffer.from([1]));
assert.strictEqual(e.getPrivateKey('hex'), '01');
assert.strictEqual(e.getPrivateKey('base64'), 'AQ==');
// A random key round-trips through getPrivateKey/setPrivateKey.
const rnd = crypto.createECDH('prime256v1');
rnd.generateKeys();
const rndCopy = crypto.createECDH('prime256v1');
rndCopy.setPrivateKey(rnd.getPrivateKey());
assert.deepStrictEqual(rndCopy.getPublicKey(), rnd.getPublicKey());
assert.deepStrictEqual(rndCopy.getPrivateKey(), rnd.getPrivateKey());

// Encoded input.
// eslint-disable-next-line new-cap
const viaCall = ECDH('prime256v1');
assert.ok(viaCall instanceof ECDH);
viaCall.setPrivateKey(one.toString('base64'), 'base64');
assert.strictEqual(viaCall.getPublicKey('hex'), G);

// 0 and values >= the group order are not private keys.
for (const bad of [Buffer.alloc(32), Buffer.alloc(32, 0xff)]) {
  assert.throws(() => crypto.createECDH('prime256v1').setPrivateKey(bad),
                common.expectsError({ code: 'ERR_CRYPTO_INVALID_KEYTYPE',
                                      message: 'Private key is not valid for specified curve.' }));
}
assert.throws(() => e.setPrivateKey(5),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));

// setPublicKey (deprecated) stores a point.
const pubOnly = crypto.createECDH('prime256v1');
pubOnly.setPublicKey(G, 'hex');
assert.strictEqual(pubOnly.getPublicKey('hex'), G);
assert.throws(() => pubOnly.setPublicKey(Buffer.from([4, 1, 2])),
              common.expectsError({ code: 'ERR_CRYPTO_OPERATION_FAILED' }));

// A peer with a random key computes the same secret with us.
const peer = crypto.createECDH('prime256v1');
const peerPub = peer.generateKeys();
assert.deepStrictEqual(e.computeSecret(peerPub), peer.computeSecret(G, 'hex'));
// For private key 1 the shared secret is the x coordinate of the peer's public key.
assert.strictEqual(e.computeSecret(peerPub, null, 'hex'), peerPub.subarray(1, 33).toString('hex'));

// Point formats: the first byte is the POINT_CONVERSION_* form (+1 when y is odd).
const { POINT_CONVERSION_COMPRESSED, POINT_CONVERSION_UNCOMPRESSED, POINT_CONVERSION_HYBRID } =
  crypto.constants;
assert.strictEqual(POINT_CONVERSION_COMPRESSED, 2);
assert.strictEqual(POINT_CONVERSION_UNCOMPRESSED, 4);
assert.strictEqual(POINT_CONVERSION_HYBRID, 6);
const compressed = e.getPublicKey(null, 'compressed');
const hybrid = e.getPublicKey(null, 'hybrid');
const uncompressed = e.getPublicKey(null, 'uncompressed');
assert.strictEqual(compressed.length, 33);
assert.strictEqual(hybrid.length, 65);
assert.strictEqual(uncompressed[0], POINT_CONVERSION_UNCOMPRESSED);
assert.strictEqual(compressed[0] & ~1, POINT_CONVERSION_COMPRESSED);
assert.strictEqual(hybrid[0] & ~1, POINT_CONVERSION_HYBRID);
// G's y ends in ...f5: odd.
assert.strictEqual(compressed.toString('hex'), '03' + GX);
assert.strictEqual(hybrid.toString('hex'), '07' + GX + GY);

// ECDH.convertKey between formats, without a private key.
assert.strictEqual(ECDH.convertKey(G, 'prime256v1', 'hex', 'hex', 'compressed'), '03' + GX);
assert.strictEqual(ECDH.convertKey('03' + GX, 'prime256v1', 'hex', 'hex'), G);
assert.strictEqual(ECDH.convertKey(G, 'prime256v1', 'hex', 'hex', 'hybrid'), '07' + GX + GY);
const asBuffer = ECDH.convertKey(Buffer.from('03' + GX, 'hex'), 'prime256v1');
assert.ok(Buffer.isBuffer(asBuffer));
assert.strictEqual(asBuffer.toString('hex'), G);
// secp256k1's base point has an even y.
assert.match(ECDH.convertKey(crypto.createECDH('secp256k1').generateKeys(), 'secp256k1',
                             undefined, 'hex', 'compressed'), /^0[23][0-9a-f]{64}$/);

assert.throws(() => ECDH.convertKey(G, 'no-such-curve', 'hex'),
              common.expectsError({ code: 'ERR_CRYPTO_INVALID_CURVE' }));
assert.throws(() => ECDH.convertKey(G, 'prime256v1', 'hex', 'hex', 'bad'),
              common.expectsError({ code: 'ERR_CRYPTO_ECDH_INVALID_FORMAT', message: 'Invalid ECDH format: bad' }));
assert.throws(() => ECDH.convertKey('0401', 'prime256v1', 'hex'),
              common.expectsError({ code: 'ERR_CRYPTO_OPERATION_FAILED' }));
assert.throws(() => ECDH.convertKey(1, 'prime256v1'),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
assert.throws(() => e.getPublicKey('hex', 'sideways'),
              common.expectsError({ code: 'ERR_CRYPTO_ECDH_INVALID_FORMAT' }));
