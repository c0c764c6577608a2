// covers: crypto.createHmac, crypto.Hmac.prototype.update, crypto.Hmac.prototype.digest, crypto.Hmac
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

// RFC 4231 test case 1.
const key1 = Buffer.alloc(20, 0x0b);
assert.strictEqual(crypto.createHmac('sha256', key1).update('Hi There').digest('hex'),
                   'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7');
assert.strictEqual(crypto.createHmac('sha512', key1).update('Hi There').digest('hex'),
                   '87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cde' +
                   'daa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854');
// RFC 4231 test case 2 / RFC 2202.
const data = 'what do ya want for nothing?';
assert.strictEqual(crypto.createHmac('sha256', 'Jefe').update(data).digest('hex'),
                   '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
assert.strictEqual(crypto.createHmac('md5', 'Jefe').update(data).digest('hex'),
                   '750c783e6ab0b503eaa86e310a5db738');
assert.strictEqual(crypto.createHmac('sha1', 'Jefe').update(data).digest('hex'),
                   'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79');

// A KeyObject works as the key.
const ko = crypto.createSecretKey(Buffer.from('Jefe'));
assert.strictEqual(crypto.createHmac('sha256', ko).update(data).digest('hex'),
                   '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');

const h = crypto.createHmac('sha256', 'k');
assert.ok(h instanceof crypto.Hmac);
h.digest();
// Unlike Hash, a second digest() returns an empty result instead of throwing.
assert.strictEqual(h.digest().length, 0);
assert.throws(() => h.update('x'), common.expectsError({
  code: 'ERR_CRYPTO_HASH_FINALIZED',
  message: 'Digest already called',
}));

// Empty keys are allowed.
assert.strictEqual(crypto.createHmac('sha256', '').digest('hex'),
                   'b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad');

assert.throws(() => crypto.createHmac('sha256'), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
}));
assert.throws(() => crypto.createHmac('nope', 'k'), (err) => {
  assert.match(err.message, /Invalid digest: nope/);
  return true;
});
