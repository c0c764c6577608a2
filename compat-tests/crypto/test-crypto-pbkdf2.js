// covers: crypto.pbkdf2, crypto.pbkdf2Sync
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

// RFC 6070 (HMAC-SHA1).
assert.strictEqual(crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1').toString('hex'),
                   '0c60c80f961f0e71f3a9b524af6012062fe037a6');
assert.strictEqual(crypto.pbkdf2Sync('password', 'salt', 2, 20, 'sha1').toString('hex'),
                   'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957');
assert.strictEqual(crypto.pbkdf2Sync('password', 'salt', 4096, 20, 'sha1').toString('hex'),
                   '4b007901b765489abead49d926f721d065a429c1');
assert.strictEqual(crypto.pbkdf2Sync('pass\0word', 'sa\0lt', 4096, 16, 'sha1').toString('hex'),
                   '56fa6aa75548099dcc37d7f03425e0c3');
// SHA-256.
assert.strictEqual(crypto.pbkdf2Sync('password', 'salt', 1, 32, 'sha256').toString('hex'),
                   '120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b');
// Buffer inputs give the same result as strings; output can be truncated.
assert.strictEqual(crypto.pbkdf2Sync(Buffer.from('password'), Buffer.from('salt'), 1, 4, 'sha1').toString('hex'),
                   '0c60c80f');

crypto.pbkdf2('password', 'salt', 2, 20, 'sha1', common.mustSucceed((key) => {
  assert.strictEqual(key.toString('hex'), 'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957');
}));

assert.throws(() => crypto.pbkdf2Sync('p', 's', 0, 20, 'sha1'), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "iterations" is out of range. It must be >= 1 && <= 2147483647. Received 0',
}));
assert.throws(() => crypto.pbkdf2Sync('p', 's', 1, -1, 'sha1'), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "keylen" is out of range. It must be >= 0 && <= 2147483647. Received -1',
}));
assert.throws(() => crypto.pbkdf2Sync('p', 's', 1, 20, 'nope'), common.expectsError({
  code: 'ERR_CRYPTO_INVALID_DIGEST',
  name: 'TypeError',
  message: 'Invalid digest: nope',
}));
assert.throws(() => crypto.pbkdf2Sync('p', 's', 1, 20), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "digest" argument must be of type string. Received undefined',
}));
assert.throws(() => crypto.pbkdf2('p', 's', 1, 20, 'sha1'), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
}));
