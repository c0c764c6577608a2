// covers: crypto.createSecretKey, crypto.KeyObject, crypto.SecretKeyObject.prototype.export, crypto.KeyObject.prototype.equals, crypto.SecretKeyObject.prototype.symmetricKeySize, crypto.KeyObject.prototype.type
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const raw = Buffer.from('00112233445566778899aabbccddeeff', 'hex');
const key = crypto.createSecretKey(raw);
assert.ok(key instanceof crypto.KeyObject);
assert.strictEqual(key.type, 'secret');
assert.strictEqual(key.symmetricKeySize, 16);
assert.strictEqual(key.asymmetricKeyType, undefined);
assert.deepStrictEqual(key.export(), raw);
assert.deepStrictEqual(key.export({ format: 'buffer' }), raw);
assert.deepStrictEqual(key.export({ format: 'jwk' }), { kty: 'oct', k: raw.toString('base64url') });

// The key copies its input.
raw[0] = 0xff;
assert.strictEqual(key.export()[0], 0x00);

// String with encoding.
const fromHex = crypto.createSecretKey('00112233445566778899aabbccddeeff', 'hex');
assert.strictEqual(fromHex.equals(key), true);
assert.strictEqual(crypto.createSecretKey(Buffer.alloc(16)).equals(key), false);

// KeyObject cannot be constructed directly.
assert.throws(() => new crypto.KeyObject('secret', {}), { name: 'TypeError' });

assert.throws(() => crypto.createSecretKey(123), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
}));
// generateKeySync for HMAC / AES.
const hmacKey = crypto.generateKeySync('hmac', { length: 128 });
assert.strictEqual(hmacKey.symmetricKeySize, 16);
const aesKey = crypto.generateKeySync('aes', { length: 256 });
assert.strictEqual(aesKey.symmetricKeySize, 32);
assert.throws(() => crypto.generateKeySync('aes', { length: 100 }), common.expectsError({
  code: 'ERR_INVALID_ARG_VALUE',
}));
crypto.generateKey('hmac', { length: 64 }, common.mustSucceed((k) => {
  assert.strictEqual(k.symmetricKeySize, 8);
}));
