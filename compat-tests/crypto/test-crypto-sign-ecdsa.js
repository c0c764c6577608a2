// covers: crypto.sign, crypto.verify, crypto.createSign, crypto.generateKeyPairSync
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const priv = crypto.createPrivateKey(common.fixtures.readSync('ec_p256_private.pem'));
const pub = crypto.createPublicKey(common.fixtures.readSync('ec_p256_public.pem'));
assert.strictEqual(priv.asymmetricKeyType, 'ec');
assert.deepStrictEqual(priv.asymmetricKeyDetails, { namedCurve: 'prime256v1' });

const msg = Buffer.from('ecdsa message');
// DER encoding (default): variable length, starts with SEQUENCE (0x30).
const der = crypto.sign('sha256', msg, priv);
assert.strictEqual(der[0], 0x30);
assert.ok(der.length >= 8 && der.length <= 72);
assert.strictEqual(crypto.verify('sha256', msg, pub, der), true);

// IEEE P1363 encoding: fixed r||s, 64 bytes for P-256.
const p1363 = crypto.sign('sha256', msg, { key: priv, dsaEncoding: 'ieee-p1363' });
assert.strictEqual(p1363.length, 64);
assert.strictEqual(crypto.verify('sha256', msg, { key: pub, dsaEncoding: 'ieee-p1363' }, p1363), true);
// Mixing encodings fails verification.
assert.strictEqual(crypto.verify('sha256', msg, pub, p1363), false);

// ECDSA signatures are randomized.
assert.notDeepStrictEqual(crypto.sign('sha256', msg, priv), crypto.sign('sha256', msg, priv));

// Freshly generated keys on another curve.
const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'secp384r1' });
const s = crypto.createSign('sha384').update(msg).sign(privateKey);
assert.strictEqual(crypto.createVerify('sha384').update(msg).verify(publicKey, s), true);
assert.strictEqual(crypto.verify('sha384', Buffer.from('tampered'), publicKey, s), false);

assert.throws(() => crypto.sign('sha256', msg, { key: priv, dsaEncoding: 'bogus' }), common.expectsError({
  code: 'ERR_INVALID_ARG_VALUE',
}));
