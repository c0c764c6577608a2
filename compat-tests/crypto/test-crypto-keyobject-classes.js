// covers: crypto.KeyObject.prototype[Symbol.toStringTag], crypto.PrivateKeyObject, crypto.PublicKeyObject
// covers: crypto.SecretKeyObject, crypto.PublicKeyObject.prototype.asymmetricKeyType
// covers: crypto.PublicKeyObject.prototype.asymmetricKeyDetails
// covers: crypto.PrivateKeyObject.prototype.toCryptoKey, crypto.PublicKeyObject.prototype.toCryptoKey
// covers: crypto.SecretKeyObject.prototype.toCryptoKey
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
const secretBytes = Buffer.alloc(32, 7);
const secret = crypto.createSecretKey(secretBytes);

// The three (unexported) subclasses of KeyObject.
for (const [key, name, type] of [[publicKey, 'PublicKeyObject', 'public'],
                                 [privateKey, 'PrivateKeyObject', 'private'],
                                 [secret, 'SecretKeyObject', 'secret']]) {
  assert.strictEqual(key.constructor.name, name);
  assert.ok(key instanceof crypto.KeyObject);
  assert.strictEqual(key.type, type);
  assert.strictEqual(Object.prototype.toString.call(key), '[object KeyObject]');
  assert.strictEqual(key[Symbol.toStringTag], 'KeyObject');
  // The constructors cannot be used to make keys from nothing.
  assert.throws(() => new key.constructor(), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE' }));
}
const tagDesc = Object.getOwnPropertyDescriptor(crypto.KeyObject.prototype, Symbol.toStringTag);
assert.strictEqual(tagDesc.value, 'KeyObject');
assert.strictEqual(tagDesc.writable, false);
assert.strictEqual(tagDesc.enumerable, false);
assert.strictEqual(Object.getPrototypeOf(publicKey.constructor), Object.getPrototypeOf(privateKey.constructor));
assert.throws(() => new crypto.KeyObject('foo', {}),
              common.expectsError({ code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' }));

// asymmetricKeyType / asymmetricKeyDetails on public keys.
assert.strictEqual(publicKey.asymmetricKeyType, 'rsa');
assert.deepStrictEqual(publicKey.asymmetricKeyDetails, { modulusLength: 1024, publicExponent: 65537n });
const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-384' }).publicKey;
assert.strictEqual(ec.asymmetricKeyType, 'ec');
assert.deepStrictEqual(ec.asymmetricKeyDetails, { namedCurve: 'secp384r1' });
const ed = crypto.generateKeyPairSync('ed25519').publicKey;
assert.strictEqual(ed.asymmetricKeyType, 'ed25519');
assert.deepStrictEqual(ed.asymmetricKeyDetails, {});
const pss = crypto.generateKeyPairSync('rsa-pss', {
  modulusLength: 1024, hashAlgorithm: 'sha256', mgf1HashAlgorithm: 'sha256', saltLength: 16,
}).publicKey;
assert.strictEqual(pss.asymmetricKeyType, 'rsa-pss');
assert.deepStrictEqual(pss.asymmetricKeyDetails, {
  modulusLength: 1024, publicExponent: 65537n, hashAlgorithm: 'sha256',
  mgf1HashAlgorithm: 'sha256', saltLength: 16,
});
// A public key derived from a private key has the same details.
assert.deepStrictEqual(crypto.createPublicKey(privateKey).asymmetricKeyDetails, publicKey.asymmetricKeyDetails);
assert.strictEqual(secret.asymmetricKeyType, undefined);

// toCryptoKey: KeyObject -> WebCrypto CryptoKey.
const pubCk = publicKey.toCryptoKey({ name: 'RSA-OAEP', hash: 'SHA-256' }, true, ['encrypt']);
assert.strictEqual(pubCk.type, 'public');
assert.strictEqual(pubCk.extractable, true);
assert.deepStrictEqual(pubCk.usages, ['encrypt']);
assert.strictEqual(pubCk.algorithm.name, 'RSA-OAEP');
assert.strictEqual(pubCk.algorithm.modulusLength, 1024);
assert.deepStrictEqual(pubCk.algorithm.hash, { name: 'SHA-256' });
assert.deepStrictEqual([...pubCk.algorithm.publicExponent], [1, 0, 1]);

const privCk = privateKey.toCryptoKey({ name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign']);
assert.strictEqual(privCk.type, 'private');
assert.strictEqual(privCk.extractable, false);
assert.strictEqual(privCk.algorithm.name, 'RSASSA-PKCS1-v1_5');

const hmacCk = secret.toCryptoKey({ name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
assert.strictEqual(hmacCk.type, 'secret');
assert.deepStrictEqual(hmacCk.algorithm, { name: 'HMAC', length: 256, hash: { name: 'SHA-256' } });
const aesCk = secret.toCryptoKey('AES-GCM', true, ['encrypt']);
assert.deepStrictEqual(aesCk.algorithm, { name: 'AES-GCM', length: 256 });

// Usages and algorithms must fit the key.
assert.throws(() => secret.toCryptoKey('AES-GCM', true, ['sign']), { name: 'SyntaxError' });
assert.throws(() => publicKey.toCryptoKey({ name: 'RSA-OAEP', hash: 'SHA-256' }, true, ['decrypt']),
              { name: 'SyntaxError' });
assert.throws(() => privateKey.toCryptoKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']),
              { name: 'DataError' });

(async () => {
  // The CryptoKeys work with SubtleCrypto and agree with the node:crypto API.
  const { subtle } = globalThis.crypto;
  const mac = await subtle.sign('HMAC', hmacCk, Buffer.from('x'));
  assert.deepStrictEqual(Buffer.from(mac), crypto.createHmac('sha256', secretBytes).update('x').digest());
  assert.deepStrictEqual(Buffer.from(await subtle.exportKey('raw', hmacCk)), secretBytes);

  const ct = await subtle.encrypt({ name: 'RSA-OAEP' }, pubCk, Buffer.from('hi'));
  assert.strictEqual(crypto.privateDecrypt({ key: privateKey, oaepHash: 'sha256' }, Buffer.from(ct)).toString(), 'hi');

  const sig = await subtle.sign('RSASSA-PKCS1-v1_5', privCk, Buffer.from('data'));
  assert.strictEqual(crypto.verify('sha256', Buffer.from('data'), publicKey, Buffer.from(sig)), true);
  await assert.rejects(subtle.exportKey('pkcs8', privCk), /not extractable/);
})().then(common.mustCall());
